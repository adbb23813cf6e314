"""CourtEventReported: arraignments, hearings, appearances, indictments, pleas, trials and
sentencings, held or scheduled."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article, fact, person_name
from casefile.extraction.sentences import key_words


def _kind(
    kind: str, words: tuple[str, ...], pattern: str
) -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    return kind, key_words(*words), re.compile(pattern, re.I)


# Checked in order; a sentence yields each kind at most once. Each pattern sits behind the
# key words (lower case) it cannot match without.
_KINDS = [
    _kind(
        "sentencing",
        ("sentenc",),
        r"\bsentenced\b|\bsentencing (?:hearing|date)\b|\bsentencing (?:is|was) (?:set|scheduled)",
    ),
    _kind("arraignment", ("arraign",), r"\barraign(?:ed|ment)\b"),
    _kind(
        "indictment",
        ("indict", "grand jury"),
        r"\bindict(?:ed|ment)\b|\bgrand jury (?:returned|handed)",
    ),
    _kind(
        "plea",
        ("plea", "pled"),
        r"\b(?:pleaded|pled|pleads|enter(?:ed|s)? (?:a|an|the) (?:\w+ )?plea|"
        r"\w+ plea\b(?! (?:deal|bargain) (?:talks|offer)))",
    ),
    _kind("hearing", ("hearing",), r"\bhearing\b"),
    _kind(
        "appearance",
        ("appear", "due"),
        r"\b(?:first|initial|second|court) (?:[\w-]+ ){0,3}?appearance\b|\bappear(?:ed|s)? "
        r"(?:in court|before a judge|via|by video)|\bdue (?:back )?in court\b",
    ),
    _kind(
        "trial",
        ("jury", "acquitt", "trial", "verdict"),
        r"\b(?:jury (?:found|returned|convicted|acquitted|deliberat\w+)|acquitt(?:ed|al)|"
        r"\w+-day trial|during (?:the |his |her |\w+['’]s )trial|verdict)\b",
    ),
    _kind(
        "other",
        ("incompet", "competen", "deadline", "threw out", "suppress"),
        r"\b(?:incompetent|competency|deadline|threw out|suppress(?:ed)?)\b",
    ),
]
# Any kind's key word: most sentences hold none and are passed over with one search.
_COURT_WORDS = re.compile("|".join(gate.pattern for _, gate, _ in _KINDS))
_NOT_AN_EVENT = re.compile(
    r"^\W*(?:An indictment is|A hearing is)|\b(?:can|could|may|might) (?:request|ask for|seek)\b|"
    r"\bprobation violation hearing\b",
    re.I,
)
_HEARING_KIND = re.compile(r"\bindictment hearing\b", re.I)


def extract_court_events(article: Article) -> list[Fact]:
    found: dict[tuple[int, str], list[tuple[str | None, Fact]]] = {}
    for sentence in article.sentences:
        if not _COURT_WORDS.search(sentence.lower):
            continue
        text = sentence.text
        if _NOT_AN_EVENT.search(text):
            continue
        kinds: list[tuple[str, re.Match[str]]] = []
        for kind, gate, pattern in _KINDS:
            match = gate.search(sentence.lower) and pattern.search(text)
            if match:
                kinds.append((kind, match))
        names = {k for k, _ in kinds}
        if "appearance" in names and names & {"arraignment", "hearing", "indictment"}:
            kinds = [(k, m) for k, m in kinds if k != "appearance"]
        if "hearing" in names and _HEARING_KIND.search(text):
            kinds = [(k, m) for k, m in kinds if k != "hearing"]
        for kind, match in kinds:
            person = article.cast.actor(sentence, match.start(), prefer_suspect=True)
            if person is None:
                continue
            when = article.date_near(sentence, match.start())
            entries = found.setdefault((id(person), kind), [])
            if any(date == when for date, _ in entries):
                continue
            entries.append(
                (
                    when,
                    fact(
                        "CourtEventReported",
                        {
                            "person": person_name(person),
                            "kind": kind,
                            "date": when,
                        },
                        article,
                        sentence,
                    ),
                )
            )
    facts: list[Fact] = []
    for entries in found.values():
        dated = [f for date, f in entries if date is not None]
        facts.extend(dated or [entries[0][1]])
    facts.sort(key=lambda f: f.evidence.start)
    return facts
