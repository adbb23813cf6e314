"""Outcomes said of all of a person's charges at once: "acquitted of all charges", "found
guilty on all counts", "the charges against him were dropped", "she was acquitted".

Such a sentence names no charge; the charges it speaks of are the ones the report named
earlier for the same person. Each of them is given the outcome, with a quote that runs from
the sentence naming the charge to the sentence stating the outcome (a fact drawn from two
sentences quotes both).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from casefile.extraction.charge_people import charged_people
from casefile.extraction.context import CONDITIONAL, Article
from casefile.extraction.patterns import compile_scan, first_in
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence, any_key_words, key_words

_ALL = r"(?:all|both|each|every one|every)\s+(?:(?:of\s+)?(?:the|his|her|their)\s+)?(?:[\w-]+\s+)?"
_OUTCOMES = [
    (
        key_words("acquit", "not guilty", "cleared"),
        compile_scan(
            rf"\b(?:acquit(?:ted|ting|s)?|cleared|not guilty)\b[^.;]{{0,40}}?\b(?:of|on)\s+{_ALL}"
            r"(?:charges?|counts?)\b|\b(?:was|were|been|being)\s+acquitted\b(?![^.;]{0,40}?\bof\b)|"
            # a verdict that names no charge: "the jury found him not guilty Tuesday"
            r"\b(?:found|finding)\s+(?:\w+\s+){0,3}?not guilty\b(?![^.;]*?\b(?:of|on)\s)",
            re.I,
        ),
        "acquitted",
    ),
    (
        key_words("convicted", "guilty"),
        compile_scan(
            rf"(?<!not )\b(?:convicted|guilty)\b[^.;]{{0,30}}?\b(?:of|on|to)\s+{_ALL}"
            r"(?:charges?|counts?)\b|\bguilty as charged\b|"
            # a verdict that names no charge: "a jury found him guilty Friday"
            r"\b(?:found|finding)\s+(?:(?!not\b)\w+\s+){0,3}?guilty\b(?![^.;]*?\b(?:of|on|in)\s)"
            r"|\b(?:was|were)\s+convicted\b(?![^.;]*?\b(?:(?:of|on|for)\s|in\s+(?!"
            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|\d{4}\b)))",
            re.I,
        ),
        "convicted",
    ),
    (
        key_words("dropped", "dismissed", "withdr"),
        compile_scan(
            r"\b(?:dropped|dismissed|withdrew|withdrawn|threw out|tossed)\s+(?:all\s+)?(?:of\s+)?"
            r"(?:the\s+)?(?:charges|case|indictment)\b(?!\s+(?:of|for)\b)|\b(?:the|all|those)\s+"
            r"(?:charges|indictment)\s+(?:against\s+[^.;]{1,40}?\s+)?"
            r"(?:were|was|have been|has been|had been)\s+(?:later\s+|since\s+|all\s+)?"
            r"(?:dropped|dismissed|withdrawn|thrown out)\b",
            re.I,
        ),
        "dropped",
    ),
]
# "the charge was dismissed": said of a person's one charge, when the report named only one.
_ONE_DROPPED = (
    key_words("dropped", "dismissed", "withdr", "thrown out", "threw out", "tossed"),
    compile_scan(
        r"\b(?:dropped|dismissed|withdrew|withdrawn|threw out|tossed(?: out)?)\s+(?:the|that|this)\s+"
        r"charge\b(?!\s+(?:of|for)\b)|\b(?:the|that|this)\s+charge\s+(?:against\s+[^.;]{1,40}?\s+)?"
        r"(?:was|has been|had been)\s+(?:later\s+|since\s+|subsequently\s+)?"
        r"(?:dropped|dismissed|withdrawn|thrown out|tossed)\b",
        re.I,
    ),
    "dropped",
)
# Outcomes that name no charge and no "all": "he pleaded guilty Monday", "the jury convicted
# him", "jurors acquitted her", "sentenced on the charge" - said of a person's one charge.
_ONE_OUTCOMES = [
    _ONE_DROPPED,
    (
        key_words("pleaded", "pled", "pleads", "plea"),
        compile_scan(
            r"\b(?:pleaded|pled|pleads)\s+(?:guilty|no contest|nolo contendere)\b"
            r"(?![^.;]{0,40}?\bto\s+(?!the charge\b))|\b(?:entered|enters|entering)\s+(?:a|an)\s+"
            r"(?:guilty|no[- ]contest|alford)\s+plea\b(?![^.;]{0,40}?\bto\s+(?!the charge\b))",
            re.I,
        ),
        "convicted",
    ),
    (
        key_words("convicted", "sentenced"),
        compile_scan(
            r"\bconvicted\s+(?:him|her|(?-i:[A-Z])[\w'’-]+)\b(?![^.;]*?\b(?:of\s|on\s+(?!\w+day\b)))|"
            r"\bsentenced\b[^.;]{0,60}?\b(?:on|for)\s+(?:the|that)\s+charge\b",
            re.I,
        ),
        "convicted",
    ),
    (
        key_words("acquitted"),
        compile_scan(
            r"\bacquitted\s+(?:him|her|(?-i:[A-Z])[\w'’-]+)\b(?![^.;]*?\b(?:of\s|on\s+(?!\w+day\b)))",
            re.I,
        ),
        "acquitted",
    ),
]
_ANY_OUTCOME = any_key_words(*(gate for gate, _, _ in _OUTCOMES + _ONE_OUTCOMES))
# "if he had been convicted on all the charges": a condition, not an outcome.
IF_BEFORE = re.compile(r"\b(?:if|unless|should|whether)\b[^.;,]{0,40}$", re.I)
_NOT_GUILTY_PLEA = re.compile(r"\bplead\w*\s+not guilty\b|\bnot guilty pleas?\b", re.I)


class Outcome(NamedTuple):
    sentence: Sentence
    position: int
    status: str
    single: bool = False  # said of one charge: the person's only one named before


def outcomes(article: Article) -> list[Outcome]:
    """Sentences that give all of someone's charges one outcome, with where it is said."""
    found = []
    candidates = _ANY_OUTCOME.among(article.sentences)
    if not candidates:
        return found
    for single, (gate, pattern, status) in [
        *((False, outcome) for outcome in _OUTCOMES),
        *((True, outcome) for outcome in _ONE_OUTCOMES),
    ]:
        for sentence in gate.among(candidates):
            match = pattern.search(sentence.text)
            if match is None or first_in(CONDITIONAL, sentence.text):
                continue
            if IF_BEFORE.search(sentence.text, 0, match.start()):
                continue
            if status != "dropped" and _NOT_GUILTY_PLEA.search(sentence.text):
                continue
            prior = article.prior_matter(sentence)
            if prior and match.start() >= prior.start() - 40:
                continue
            if single and any(o.sentence is sentence for o in found):
                continue
            found.append(Outcome(sentence, match.start(), status, single))
    return found


def people_of(article: Article, outcome: Outcome) -> list[Person]:
    """Whose charges an outcome speaks of."""
    start = outcome.position
    return charged_people(article, outcome.sentence, start, start, "")
