"""SuspectIdentified: each suspect once, by the fullest name the article uses."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article, fact
from casefile.extraction.people import Person

_RESIDENCE = re.compile(
    r"\A(?:,\s*(?:age\s+)?\d{1,3})?,?\s+of\s+(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b"
)
_FROM = re.compile(r"\bwho is from (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def _residence(article: Article, person: Person) -> str | None:
    for index, _, end in person.mentions:
        text = article.sentences[index].text
        match = _RESIDENCE.match(text[end:]) or _FROM.search(text, end, end + 40)
        if match:
            return match.group("place")
    return None


def extract_suspects(article: Article, other_facts: list[Fact]) -> list[Fact]:
    """One fact per named suspect, and per unnamed suspect that some other fact is about."""
    facts = []
    about_unnamed = [f for f in other_facts if f.fields.get("person", "") is None]
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
                    "age": person.age,
                    "residence": _residence(article, person),
                },
                article,
                sentence,
            )
        )
    return facts
