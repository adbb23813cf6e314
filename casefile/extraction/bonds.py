"""BondSet: amounts set, bail denied, bond posted, reduced or raised."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article, fact, person_name
from casefile.extraction.mentions import Money, find_money
from casefile.extraction.patterns import compile_scan
from casefile.extraction.sentences import key_words

_BOND_WORD = compile_scan(r"\b(?:bond|bail|bonds)\b", re.I)
_BOND_GATE = key_words("bond", "bail")
_DENIED = compile_scan(
    r"\b(?:denied\s+(?:\w+\s+){0,3}?(?:bond|bail)|(?:without|no)\s+(?:bond|bail)|"
    r"(?:bond|bail)\s+(?:was\s+|is\s+)?denied|ineligible for (?:bond|bail))\b",
    re.I,
)
_REDUCTION_REFUSED = compile_scan(r"\bdenied\s+(?:a|the|his|her)\s+(?:\w+\s+)?reduction\b", re.I)
_POSTED = re.compile(
    r"\b(?:posted|posting|paid|made)\s+(?:\w+\s+)?(?:bond|bail)\b|"
    r"\breleased on (?:\w+\s+)?(?:bond|bail)\b",
    re.I,
)
_REDUCED = compile_scan(r"\b(?:reduced|lowered|cut)\b", re.I)
_RAISED = compile_scan(r"\b(?:raised|increased)\b", re.I)


# "bonds totaling $5,000 or less", "up to $1 million": a range, not a bond that was set.
_RANGE_BEFORE = compile_scan(
    r"\b(?:up to|as much as|as little as|less than|more than|under|over|totaling)\s+\Z", re.I
)
_RANGE_AFTER = re.compile(r"\A\s+or (?:less|more|higher|lower)\b", re.I)


def _a_range(text: str, money: Money) -> bool:
    before = text[max(0, money.start - 20) : money.start]
    return bool(_RANGE_BEFORE.search(before) or _RANGE_AFTER.match(text[money.end :]))


def _status(text: str) -> str:
    if _REDUCTION_REFUSED.search(text):
        return "set"
    if _POSTED.search(text):
        return "posted"
    if _REDUCED.search(text):
        return "reduced"
    if _RAISED.search(text):
        return "raised"
    return "set"


def extract_bonds(article: Article) -> list[Fact]:
    facts: list[Fact] = []
    seen: dict[tuple[int, int | None, str], None] = {}  # ordered, so output is reproducible

    def add(person, amount, status, sentence) -> None:
        key = (id(person), amount, status)
        if key not in seen:
            seen[key] = None
            facts.append(
                fact(
                    "BondSet",
                    {"person": person_name(person), "amount": amount, "status": status},
                    article,
                    sentence,
                )
            )

    for sentence in _BOND_GATE.among(article.sentences):
        if article.prior_matter(sentence):
            continue
        # "Lee's bond was set at $75,000; Tran was denied bond": each clause its own person.
        offset = 0
        for clause in sentence.text.split(";"):
            bond = _BOND_WORD.search(clause)
            position = offset + (bond.start() if bond else 0)
            offset += len(clause) + 1
            if not bond:
                continue
            person = article.cast.actor(sentence, position, prefer_suspect=True)
            if person is None:
                continue
            amounts = [
                m for m in find_money(clause) if m.amount >= 1000 and not _a_range(clause, m)
            ]
            if amounts:
                status = _status(clause)
                for money in amounts:
                    add(person, money.amount, status, sentence)
                    if status == "posted" and re.search(r"\bset at\b", clause):
                        add(person, money.amount, "set", sentence)
            elif _DENIED.search(clause) and not _REDUCTION_REFUSED.search(clause):
                add(person, None, "denied", sentence)
            elif _POSTED.search(clause):
                for key in list(seen):
                    if key[0] == id(person) and key[2] == "set":
                        add(person, key[1], "posted", sentence)
    return facts
