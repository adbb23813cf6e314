"""Victims told by what a crime left them in, or by a verb of harm written with a hyphen
(extraction/victim_phrases.py LEFT_VICTIM, victim_first.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of

CHARGED = "Rob Vance, 31, was arrested Friday and charged with robbery. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The break-in left a homeowner hospitalized.", [(None, None, "injured")]),
        ("The crash left a woman in critical condition.", [(None, None, "injured")]),
        ("The shooting left a man in stable condition.", [(None, None, "injured")]),
        # Near misses: a state that is no harm, and a crime that left no one.
        ("The fire left a family without a home.", []),
        ("The robbery left a store short of cash.", []),
    ],
)
def test_a_person_a_crime_left_hurt_is_injured(sentence: str, expected: list) -> None:
    assert victims_of(CHARGED + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The one harmed first told with "the", by a verb with a hyphen.
        ("Police said Vance pistol-whipped the clerk and fled.", [(None, None, "injured")]),
        ("Police said Vance shot the clerk and fled.", [(None, None, "injured")]),
        # Near miss: a noun of harm before "the clerk" is no verb with its object.
        ("After the pistol-whipping the clerk called police.", []),
    ],
)
def test_a_hyphenated_verb_of_harm_tells_the_one_harmed(sentence: str, expected: list) -> None:
    assert victims_of(CHARGED + sentence) == expected


SHOT = "Rob Vance, 31, is charged with two counts of felonious assault. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Two listed in apposition to "The victims", each with the harm the verb tells.
        (
            "The victims, a 24-year-old man and a 31-year-old woman, were taken to a hospital.",
            [(None, 24, "injured"), (None, 31, "injured")],
        ),
        # "remains" as a verb of one still in hospital, not a body's remains.
        (
            "The victims, a man and a woman, were taken to a hospital. The man remains in "
            "critical condition.",
            [(None, None, "injured"), (None, None, "injured")],
        ),
        # Near miss: the remains of someone are a death.
        ("The remains of a woman were found in a field.", [(None, None, "killed")]),
    ],
)
def test_victims_listed_and_still_in_hospital(sentence: str, expected: list) -> None:
    assert victims_of(SHOT + sentence) == expected
