"""What every fact family reads: the article's text, sentences, people and publication date."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any

from casefile.domain.facts import Fact, evidence_in
from casefile.extraction.people import Cast, Person
from casefile.extraction.sentences import Sentence

# Statements about an earlier matter: "last arrested on Oct. 15", "was out on a $100 bond".
PRIOR_MATTER = re.compile(
    r"\b(?:last arrested|most recent arrest|previously (?:arrested|jailed|convicted|bonded)|"
    r"who (?:had )?previously|(?:was|were|is) out on|free on|criminal history|convictions|"
    r"prior (?:arrests?|charges?|convictions?)|earlier (?:arrest|burglary|charge|case)|"
    r"in (?:an|a) (?:earlier|separate|unrelated) (?:case|matter)|bonded (?:\w+ )?out|"
    r"had been arrested|misdemeanors|in that case)\b",
    re.IGNORECASE,
)
# "If X is convicted ...": a condition, not an event.
CONDITIONAL = re.compile(r"^\W*(?:If|Unless|Should)\b|\bif (?:convicted|found guilty)\b", re.I)


@dataclass
class Article:
    text: str
    sentences: list[Sentence]
    cast: Cast
    published: datetime.date | None


def fact(kind: str, fields: dict[str, Any], article: Article, sentence: Sentence) -> Fact:
    """A fact whose evidence is the whole sentence."""
    return Fact(kind, fields, evidence_in(article.text, sentence.start, sentence.end))


def person_name(person: Person | None) -> str | None:
    return person.name if person is not None else None
