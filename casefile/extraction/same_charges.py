"""Charges given by reference: "Wade faces the same charges as Kingston and White", "Lee, 30,
was charged with the same offenses" (the person so charged is given each charge already read
for the people named after "as", else for the last person charged before the sentence), and
"A and B were charged with X and Y, respectively" (each person the charge in their place),
and a charge told with "the" that is a short form of one named fully before ("charged with
the drug conspiracy")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TypeVar

from casefile.domain.facts import Fact, evidence_in
from casefile.extraction.charge_identity import category_of, covers, offence_words
from casefile.extraction.charge_people import charged_people
from casefile.extraction.context import Article, person_name
from casefile.extraction.offences import split_charges
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence

# (person, charge, status, summary, fact), as charges.py collects them
Found = tuple[Person | None, str, str, bool, Fact]

_SAME = re.compile(
    r"\b(?:faces?|facing|faced|charged\s+with|charges?\s+of|on)\s+the\s+same\s+"
    r"(?:[\w-]+\s+)?(?:charges?|counts?|offen[cs]es?|crimes?)\b(?P<as>\s+as\s+)?",
    re.I,
)


# The charges left out of the same ones: "the same charges, minus resisting arrest".
_BUT = re.compile(r",?\s+(?:minus|except(?:\s+for)?|but\s+not|other\s+than|save\s+for)\s+", re.I)


def same_charges(article: Article, found: list[Found]) -> list[Found]:
    """The charges people are given by a sentence saying they face the same charges as
    others."""
    given: list[Found] = []
    for sentence in article.sentences:
        if "same" not in sentence.text:
            continue
        for match in _SAME.finditer(sentence.text):
            rest = sentence.text[match.end() :]
            people = charged_people(article, sentence, match.start(), match.end(), rest)
            if not people:
                continue
            sources = _sources(article, sentence, match, found, people)
            left_out = _BUT.match(rest)
            if left_out:
                # "the same four charges, minus resisting arrest": all but the one told after
                but = {c.lower() for c in split_charges(rest[left_out.end() :])}
                sources = [item for item in sources if item[1].lower() not in but]
            for person in people:
                for _, charge, _, summary, stated in sources:
                    # Drawn from two sentences: the quote spans the one that names the charge.
                    start = min(stated.evidence.start, sentence.start)
                    end = max(stated.evidence.end, sentence.end)
                    evidence = evidence_in(article.text, start, end)
                    fields = {"person": person_name(person), "charge": charge, "status": "filed"}
                    given.append(
                        (person, charge, "filed", summary, Fact("ChargeFiled", fields, evidence))
                    )
    return given


def _sources(
    article: Article,
    sentence: Sentence,
    match: re.Match[str],
    found: list[Found],
    people: list[Person],
) -> list[Found]:
    """The charges the sentence refers to: those of the people it names after "as" (wherever
    the article gives them), else those of the last other person charged before it."""
    others = [
        item
        for item in found
        if item[0] is not None and not any(item[0] is person for person in people)
    ]
    if match.group("as"):
        named = [
            person
            for mention, person in article.cast.people_in(sentence)
            if mention.start >= match.end()
        ]
        return [item for item in others if any(item[0] is person for person in named)]
    before = [item for item in others if item[4].evidence.start < sentence.start]
    if not before:
        return []
    last = max(before, key=lambda item: item[4].evidence.start)[0]
    return [item for item in before if item[0] is last]


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_Item = TypeVar("_Item")


def respective(
    sentence: Sentence, people: list[Person], found: list[_Item]
) -> list[tuple[Person, list[_Item]]]:
    """Each person with the charges that are theirs: one each, in order, when the sentence
    pairs as many people with as many charges "respectively"; else every charge."""
    if len(people) > 1 and len(people) == len(found) and _RESPECTIVELY.search(sentence.text):
        named_at = {
            id(person): min(
                (start for index, start, _ in person.mentions if index == sentence.index),
                default=len(sentence.text),
            )
            for person in people
        }
        in_order = sorted(people, key=lambda person: named_at[id(person)])
        return [(person, [item]) for person, item in zip(in_order, found, strict=True)]
    return [(person, found) for person in people]


# Cached: the pattern is made anew from each item, and the items and the lists they are read
# from recur with their sentences (stock lines, syndicated and revised copies).
@lru_cache(maxsize=4096)
def _told_with_the(item: str, rest: str) -> bool:
    """Whether `rest` tells `item` with "the" ("faces the conspiracy count")."""
    return re.search(rf"\bthe\s+{re.escape(item)}\b", rest, re.I) is not None


def told_before_by_the(
    item: str, rest: str, found: list[Found], sentence: Sentence
) -> Found | None:
    """The charge named fully before (for anyone) that `item`, told with "the" in `rest`,
    refers back to ("charged with the drug conspiracy", "faces the conspiracy count" after
    "conspiracy to distribute 400 grams or more of fentanyl"): the first that holds all its
    words, if any."""
    if len(item.split()) > 3 or not _told_with_the(item, rest):
        return None
    wanted = offence_words(item)
    if not wanted:
        return None
    for told in found:
        if told[4].evidence.start >= sentence.start or len(told[1].split()) <= len(item.split()):
            continue
        stems = offence_words(told[1])
        if all(
            any(w.startswith(s) or s.startswith(w) for s in stems)
            or ((kind := category_of(w)) is not None and covers(told[1], kind))
            for w in wanted
        ):
            return told
    return None
