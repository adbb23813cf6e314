"""A group of minors arrested beside an adult the report names next is besides him, and an
ordinal suspect past all those told is one more. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of

ARRESTED = (
    "Police on Monday arrested a 19-year-old man and two teenage boys in a jewelry store "
    "robbery. Cole Brandt, 19, of Linden, was booked into the county jail. "
)


def _unnamed(text: str) -> int:
    return sum(n for (name, _), n in suspects_of(text).items() if name is None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ARRESTED, 2),
        (ARRESTED + "Detectives are closing in on a fourth suspect.", 3),
        # Near misses: an ordinal of the harmed; the adults a group may be.
        (ARRESTED + "A third man was shot during the robbery.", 2),
        (
            "Police arrested two men in the robbery. Cole Brandt, 19, and Dev Orr, 22, were "
            "booked into the county jail.",
            0,
        ),
    ],
)
def test_a_group_beside_the_adult_named(text: str, expected: int) -> None:
    assert _unnamed(text) == expected


def test_the_group_given_its_ages_later() -> None:
    text = ARRESTED + "The two boys, 16 and 17, were taken into custody at their homes."
    assert sorted((age for (name, age), n in suspects_of(text).items() if name is None)) == [
        16,
        17,
    ]
