"""CriminalHistoryReported: what a report says of a suspect's record.

News style: "X has a long criminal history, with 13 arrests", "has been arrested 13 times",
"had 13 prior arrests", "a long criminal history including firearm, robbery and narcotics
violations". One fact per distinct (person, count, offenses) statement.
"""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article, fact, person_name
from casefile.extraction.key_words import key_words
from casefile.extraction.numbers import NUMBER, NUMBER_KEYS, number_value
from casefile.extraction.patterns import compile_scan, first_in

_COUNT = r"(\d{1,3}|" + NUMBER[3:-1] + r")"  # digits or a number word
_ARREST_COUNT = compile_scan(
    r"\b" + _COUNT + r"\s+(?:prior\s+|previous\s+|past\s+|other\s+|earlier\s+)?arrests\b"
    r"|\barrested\s+(?:at least\s+|more than\s+)?" + _COUNT + r"\s+(?:times|previous times)\b",
    re.IGNORECASE,
)
_HISTORY = compile_scan(
    r"\b(?:criminal (?:history|record|past)|rap sheet|prior (?:arrests|convictions))\b",
    re.IGNORECASE,
)
_HISTORY_GATE = key_words("arrest", "criminal", "rap sheet", "prior")
_OFFENSES = compile_scan(
    r"\b(?:criminal (?:history|record)|arrests|convictions)\s+(?:that\s+)?(?:including|includes|include|for)\s+"
    r"(?P<offenses>[^.;]+?)(?:\s+(?:charges|violations|offenses|offences|crimes|cases))?\s*"
    # (up to who tells it: "for assault, court records show")
    r"(?:,\s+(?:court|jail|police|prison|state)?\s*(?:records?|police|officials|authorities|"
    r"prosecutors)\s+(?:show|showed|shows|said|say|says|indicate)\b[^.;]*)?(?:[.;\"”]|$)",
    re.IGNORECASE,
)


def extract_criminal_history(article: Article) -> list[Fact]:
    facts: list[Fact] = []
    seen: set[tuple[str | None, int | None, str | None]] = set()
    for sentence in _HISTORY_GATE.among(article.sentences):
        text = sentence.text
        count_match = first_in(_ARREST_COUNT, text) if NUMBER_KEYS.opens(sentence) else None
        history = first_in(_HISTORY, text)
        if not count_match and not history:
            continue
        anchor = count_match or history
        assert anchor is not None
        person = article.cast.actor(sentence, anchor.start(), prefer_suspect=True)
        if person is None:
            continue
        count = number_value(count_match.group(1) or count_match.group(2)) if count_match else None
        offenses_match = _OFFENSES.search(text)
        offenses = offenses_match.group("offenses").strip().lower() if offenses_match else None
        key = (person_name(person), count, offenses)
        if key in seen or (count is None and offenses is None and _said_already(seen, key[0])):
            continue
        seen.add(key)
        fields = {"person": person_name(person), "prior_arrests": count, "offenses": offenses}
        facts.append(fact("CriminalHistoryReported", fields, article, sentence))
    return facts


def _said_already(seen: set[tuple[str | None, int | None, str | None]], person: str | None) -> bool:
    """A bare "long criminal history" adds nothing once a count or offenses were given."""
    return any(name == person for name, _, _ in seen)
