"""SuspectIdentified: each suspect once, by the fullest name the article uses."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article, fact
from casefile.extraction.patterns import compile_scan
from casefile.extraction.people import Person
from casefile.extraction.sentences import key_words

_RESIDENCE = re.compile(
    r"\A(?:,\s*(?:age\s+)?\d{1,3})?,?\s+of\s+(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b"
)
_FROM = compile_scan(r"\bwho is from (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
# How a report introduces its suspect before (or instead of) naming him: "a 31-year-old
# Dayton man", "a former Dayton resident". A former home is not a residence.
_DESCRIBED = compile_scan(
    r"\b(?:[Aa]n?)\s+(?:(?P<age>\d{1,3})-year-old\s+)?(?P<former>former\s+)?"
    r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?:man|woman|teen|teenager|youth|resident)\b"
)
_DESCRIBED_GATE = key_words("man", "teen", "youth", "resident")
_CHARGED_WORDS = compile_scan(
    r"\b(?:charged|arrested|accused|facing|faces|held|custody|suspect|booked|jailed|indicted)\b",
    re.I,
)
# Capitalised words before "man" that describe a person, not the place he lives.
_NOT_PLACES = frozenset(
    ["Black", "White", "Hispanic", "Latino", "Latina", "Asian", "Native", "American", "Army",
     "Navy", "Marine", "Air", "Police", "Former", "Local", "Unnamed", "Second", "Third"]
)  # fmt: skip
# A state says where, but not the town, that the residence field records.
_STATES = frozenset(
    ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
     "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
     "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
     "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
     "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
     "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
     "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
     "Wisconsin", "Wyoming"]
)  # fmt: skip


def _residence(article: Article, person: Person) -> str | None:
    for index, _, end in person.mentions:
        text = article.sentences[index].text
        match = _RESIDENCE.match(text[end:]) or _FROM.search(text, end, end + 40)
        if match:
            return match.group("place")
    return None


def _description(article: Article) -> tuple[int | None, str | None]:
    """Age and home town from the first "a 31-year-old Dayton man is charged ..."."""
    for sentence in _DESCRIBED_GATE.among(article.sentences):
        if not _CHARGED_WORDS.search(sentence.text):
            continue
        for match in _DESCRIBED.finditer(sentence.text):
            place = match.group("place")
            if place in _NOT_PLACES:
                continue
            age = int(match.group("age")) if match.group("age") else None
            home = None if match.group("former") or place in _STATES else place
            if age is not None or home is not None:
                return age, home
    return None, None


def extract_suspects(article: Article, other_facts: list[Fact]) -> list[Fact]:
    """One fact per named suspect, and per unnamed suspect that some other fact is about."""
    facts = []
    about_unnamed = [f for f in other_facts if f.fields.get("person", "") is None]
    # Only an article about one named suspect says whom "a Dayton man" is.
    named = [p for p in article.cast.suspects if p.name is not None]
    described_age, described_home = _description(article) if len(named) == 1 else (None, None)
    for person in article.cast.suspects:
        if person.name is None:
            if not about_unnamed:
                continue
            facts.append(
                Fact(
                    "SuspectIdentified",
                    {"name": None, "age": None, "residence": None},
                    about_unnamed[0].evidence,
                )
            )
            continue
        sentence = person.first_cue or article.sentences[person.mentions[0][0]]
        facts.append(
            fact(
                "SuspectIdentified",
                {
                    "name": person.name,
                    "age": person.age if person.age is not None else described_age,
                    "residence": _residence(article, person) or described_home,
                },
                article,
                sentence,
            )
        )
    return facts
