"""An age told of a named suspect away from his name (extraction/ages.py, suspect_ages.py): as
a predicate followed by another ("Bo Tran is 22 and lives in Dayton", "He is 22 and lives in
Dayton", "She was 17 at the time", "Tran is already 41"), or as what a record shows of him
("Jail records show she is 46")."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputies caught Rob Vance after a short chase. Vance is 22 and lives in Marlow, "
            "according to jail records.",
            Counter({("Rob Vance", 22): 1}),
        ),
        (
            "Nora Pell was booked on two counts of theft. Jail records show she is 46.",
            Counter({("Nora Pell", 46): 1}),
        ),
        (
            "Rob Vance was arrested Tuesday. Court records show that Vance is 31.",
            Counter({("Rob Vance", 31): 1}),
        ),
        (
            "Deputies caught Rob Vance after a short chase. He is 22 and lives in Marlow.",
            Counter({("Rob Vance", 22): 1}),
        ),
        (
            "Nora Pell was charged with arson in the 2019 fire. She was 17 at the time.",
            Counter({("Nora Pell", 17): 1}),
        ),
        (
            "A jury convicted Rob Vance of murder on Friday. Vance is already 41.",
            Counter({("Rob Vance", 41): 1}),
        ),
        # Near misses: a figure that is no age, and a record of something else.
        (
            "Rob Vance was arrested Tuesday. He is 22 miles from home and has no car.",
            Counter({("Rob Vance", None): 1}),
        ),
        (
            "Rob Vance was arrested Tuesday. Vance is 22 years into a career as a welder and "
            "had no record.",
            Counter({("Rob Vance", None): 1}),
        ),
        (
            "Rob Vance was arrested Tuesday. Court records show he is 5 feet tall.",
            Counter({("Rob Vance", None): 1}),
        ),
    ],
)
def test_an_age_told_apart_from_the_name(text: str, expected: Counter) -> None:
    assert suspects_of(text) == expected
