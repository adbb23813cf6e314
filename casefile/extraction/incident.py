"""IncidentReported: when and where the incident at the heart of the article happened.

The incident is the first sentence that gives both a time of day ("around 1:30 a.m.") and a
place on a street; the place is worded as the article words it, from the preposition that
introduces it ("in a church parking lot on the 1900 block of Main Street"). Its date is the
one that sentence gives, else the last one an earlier sentence gave (the lead dates it).
"""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.domain.places import find_street_place
from casefile.extraction.context import Article, fact
from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan
from casefile.extraction.sentences import Sentence

_TIME_OF_DAY = compile_scan(
    r"\b\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\b\.?|\b(?:overnight|early (?:\w+ )?morning)\b", re.I
)
_TIME_GATE = key_words(
    "am", "pm", "a.m", "p.m", "a m", "p m", "a. m", "p. m", "overnight", "morning"
)
# The last of these within a few words before the street starts the place's wording.
_PLACE_START = compile_scan(
    r"\b(?:in|at|near|outside|inside|behind|along)\s+(?=(?:\S+\s+){0,8}\S*\Z)", re.I
)


def extract_incident(article: Article) -> list[Fact]:
    for sentence in _TIME_GATE.among(article.sentences):
        text = sentence.text
        time = _TIME_OF_DAY.search(text)
        place = find_street_place(text) if time else None
        if place and time:
            when = article.date_near(sentence, time.start()) or _last_date_before(article, sentence)
            start = _place_start(text[: place[0]])
            location = text[start : place[1]].strip().rstrip(",")
            return [
                fact("IncidentReported", {"date": when, "location": location}, article, sentence)
            ]
    return []


def _last_date_before(article: Article, sentence: Sentence) -> str | None:
    """The last date an earlier sentence gives (the lead dates what follows it)."""
    for earlier in reversed(article.sentences[: sentence.index]):
        found = [d.date for d in article.dates(earlier) if d.date is not None]
        if found:
            return found[-1].isoformat()
    return None


def _place_start(before: str) -> int:
    starts = list(_PLACE_START.finditer(before))
    return starts[-1].end() if starts else len(before)
