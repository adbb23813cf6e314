"""CourtEventReported: arraignments, hearings, appearances, indictments, pleas, trials and
sentencings, held or scheduled."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import CONDITIONAL, Article, fact, person_name
from casefile.extraction.patterns import compile_scan
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence, any_key_words, key_words


def _kind(
    kind: str, words: tuple[str, ...], pattern: str
) -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    return kind, key_words(*words), compile_scan(pattern, re.I)


# Checked in order; a sentence yields each kind at most once. Each pattern sits behind the
# key words (lower case) it cannot match without.
_KINDS = [
    _kind(
        "sentencing",
        ("sentenc",),
        r"\bsentenced\b|\bsentencing (?:hearing|date)\b|\bsentencing (?:is |was )?(?:set|scheduled)"
        r"|\b(?:set|scheduled)\s+sentencing\b",
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
    _kind(
        "hearing",
        ("hearing", "conference", "continued", "postponed", "rescheduled"),
        r"\bhearing\b|\b(?:status|pretrial|pre-trial|scheduling) conference\b|"
        r"\b(?:case|matter)\s+(?:was|has been|is|were)\s+(?:continued|postponed|rescheduled)\b",
    ),
    _kind(
        "appearance",
        ("appear", "court"),
        r"\b(?:first|initial|second|court) (?:[\w-]+ ){0,3}?appearance\b|"
        r"\bappear(?:ed|s|ing)? (?:in|before) (?:[\w-]+ ){0,3}?(?:court|judge|magistrate)\b|"
        r"\bappear(?:ed|s|ing)? (?:via|by video)|\b(?:due|back|return(?:s|ed)? to) (?:back )?"
        r"(?:in )?court\b|\bcourt date\b",
    ),
    _kind(
        "trial",
        ("jury", "acquitt", "trial", "verdict"),
        r"\b(?:jury (?:\w+ ){0,3}?(?:found|returned|convicted|acquitted|deliberat\w+)|"
        r"acquitt(?:ed|al)|"
        r"\w+-day trial|during (?:the |his |her |\w+['’]s )trial|verdict)\b",
    ),
    _kind(
        "other",
        ("incompet", "competen", "deadline", "threw out", "suppress"),
        r"\b(?:incompetent|competency|deadline|threw out|suppress(?:ed)?)\b",
    ),
]
# Any kind's key word: most sentences hold none and are passed over with one search.
_COURT_WORDS = any_key_words(*(gate for _, gate, _ in _KINDS))
# A sentence that opens "An indictment is ..." or names an event that may happen or belongs
# to another proceeding. Two patterns, the opening one tried only at the start: as one, the
# opening "^\\W*" left `compile_scan` no first characters to skip ahead to.
_NOT_AN_EVENT_OPENING = re.compile(r"\W*(?:An indictment is|A hearing is)", re.I)
_NOT_AN_EVENT = compile_scan(
    r"\b(?:can|could|may|might) (?:request|ask for|seek)\b|"
    r"\bprobation violation hearing\b|\bparole hearing\b",
    re.I,
)
# A hearing named for another kind of event is that event: "a sentencing hearing".
_HEARING_KIND = compile_scan(r"\b(?:indictment|sentencing|arraignment|plea)\s+hearing\b", re.I)


def extract_court_events(article: Article) -> list[Fact]:
    found: dict[tuple[int, str], list[tuple[str | None, Fact]]] = {}
    for sentence in _COURT_WORDS.among(article.sentences):
        text = sentence.text
        if _NOT_AN_EVENT_OPENING.match(text) or _NOT_AN_EVENT.search(text):
            continue
        prior = article.prior_matter(sentence)
        # "If an indictment is handed down, ...": the if-clause is a condition, not an event.
        condition_end = max(text.find(","), 0) if CONDITIONAL.match(text) else 0
        kinds: list[tuple[str, re.Match[str]]] = []
        sentence_words = sentence.key_words
        for kind, gate, pattern in _KINDS:
            # `gate.opens(sentence)`, without a call per kind.
            match = not gate.words.isdisjoint(sentence_words) and pattern.search(text)
            # "issued a court date in that case": an event of an earlier matter.
            if (
                match
                and not (prior and match.start() >= prior.start() - 40)
                and match.start() >= condition_end
            ):
                kinds.append((kind, match))
        names = {k for k, _ in kinds}
        if "appearance" in names and names & {"arraignment", "hearing", "indictment"}:
            kinds = [(k, m) for k, m in kinds if k != "appearance"]
        if "hearing" in names and _HEARING_KIND.search(text):
            kinds = [(k, m) for k, m in kinds if k != "hearing"]
        for kind, match in kinds:
            when = article.date_near(sentence, match.start())
            for person in _people(article, sentence, match.start()):
                _add(found, article, sentence, person, kind, when)
    facts: list[Fact] = []
    for entries in found.values():
        dated = [f for date, f in entries if date is not None]
        facts.extend(dated or [entries[0][1]])
    facts.sort(key=lambda f: f.evidence.start)
    return facts


def _people(article: Article, sentence: Sentence, position: int) -> list[Person]:
    """Whom a court event in `sentence` concerns: all suspects for "both" or "two brothers",
    else the one suspect the sentence speaks of."""
    several = article.cast.everyone(sentence)
    if len(several) > 1:
        return several
    person = article.cast.actor(sentence, position, prefer_suspect=True)
    return [person] if person is not None else []


def _add(
    found: dict[tuple[int, str], list[tuple[str | None, Fact]]],
    article: Article,
    sentence: Sentence,
    person: Person,
    kind: str,
    when: str | None,
) -> None:
    """Record one event per person, kind and date."""
    entries = found.setdefault((id(person), kind), [])
    if any(date == when for date, _ in entries):
        return
    fields = {"person": person_name(person), "kind": kind, "date": when}
    entries.append((when, fact("CourtEventReported", fields, article, sentence)))
