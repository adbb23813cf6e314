"""Who a report makes a suspect, and what it says of him: names, roles per mention, unnamed
co-suspects, ages, custody. Every sentence here is written for these tests."""

from __future__ import annotations

import datetime

import pytest

from casefile.extraction import extract_facts
from casefile.extraction.mentions import find_names

PUBLISHED = datetime.date(2024, 3, 14)  # a Thursday


def facts_of(kind: str, text: str) -> list[dict]:
    return [f.as_dict() for f in extract_facts(text, PUBLISHED) if f.kind == kind]


def suspects_of(text: str) -> list[str | None]:
    return [f["name"] for f in facts_of("SuspectIdentified", text)]


# ------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # Accented letters belong to the name.
        ("Police arrested José Núñez on Monday.", ["José Núñez"]),
        ("Łukasz Wójcik, 30, was charged.", ["Łukasz Wójcik"]),
        # Inner capitals and apostrophes.
        ("DeShawn McNeil and D'Angelo O'Brien were held.", ["DeShawn McNeil", "D'Angelo O'Brien"]),
        # A possessive ends a name: the word after it is another thing.
        ("They stole Ann Lee's French bulldogs.", ["Ann Lee", "French"]),
        # A name before a place or institution word is the place's, not a person's.
        ("He was booked into Santa Clara County Jail.", []),
        ("He turned himself in to St. Clair Shores police.", []),
        # "guilt" ends in "lt" but is no lieutenant's title.
        ("Imagine the guilt Bo Tran lives with.", ["Bo Tran"]),
    ],
)
def test_name_runs(sentence: str, names: list[str]) -> None:
    assert [m.text for m in find_names(sentence) if " " in m.text or m.text == "French"] == names


def test_a_word_before_a_name_is_a_title_only_as_a_whole_word() -> None:
    (mention,) = [m for m in find_names("Imagine the guilt Bo Tran lives with.") if m.start]
    assert not mention.titled
    (mention,) = [m for m in find_names("Police Lt. Bo Tran said.") if m.start]
    assert mention.titled


# ------------------------------------------------------- who is a suspect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list with ages and semicolons: the cue at its end is said of every name.
        (
            "Ivy Marsh, 22; Cole Dunn, 25; and Al Perez, 31, are accused of arson.",
            ["Ivy Marsh", "Cole Dunn", "Al Perez"],
        ),
        (
            "Others in the ring include Ivy Marsh; Cole Dunn; and Al Perez, who were charged "
            "with conspiracy.",
            ["Ivy Marsh", "Cole Dunn", "Al Perez"],
        ),
        # A bare comma joins names only in a list that goes on to "and".
        (
            "According to WXYZ Dayton, Omar Reyes was charged with murder.",
            ["Omar Reyes"],
        ),
        # Membership in a group the cue is said of.
        ("Omar Reyes, 20, was one of five people arrested in the robbery.", ["Omar Reyes"]),
        # A second verb after "but".
        ("Omar Reyes fled the scene but turned himself in days later.", ["Omar Reyes"]),
        (
            "Ivy Marsh, 40; and Cole Dunn, 50, face charges of being an accessory.",
            ["Ivy Marsh", "Cole Dunn"],
        ),
        # The object of a preposition is not the subject of the verb after it.
        (
            "The parents of Noah Reyes, who said their son drowned, pleaded guilty Friday. "
            "Omar Reyes was sentenced.",
            ["Omar Reyes"],
        ),
        # A name before a jail's name is no suspect.
        ("Omar Reyes was booked into Santa Clara County Jail on Monday.", ["Omar Reyes"]),
        # The legal name told beside a stage name is the suspect's name.
        (
            "The rapper Big Tuna was arrested Thursday. The Ohio native, whose real name is "
            "Omar Reyes, was held without bail.",
            ["Omar Reyes"],
        ),
        (
            "Police said Big Tuna, a.k.a. Omar Reyes, along with two others, has been charged "
            "with fraud. Big Tuna is due in court.",
            ["Omar Reyes"],
        ),
        # A sentence's first word the article writes in lower case is no part of a name.
        (
            "Following Omar Reyes's arrest, police searched the home. The following day he was "
            "charged. Reyes was held.",
            ["Omar Reyes"],
        ),
    ],
)
def test_who_is_a_suspect(text: str, expected: list[str]) -> None:
    assert suspects_of(text) == expected
