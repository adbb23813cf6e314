"""A race and sex code between a name and its age, as police releases give it, leaves the age
the name's (extraction/ages.py): "Rob Vance, B/M, age 24", "Rob Vance (W/M), 31"."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers arrested one man. Arrested:\nRob Dale Vance, B/M, age 24, of Marlow\n"
            "Charges:\n• Armed Robbery\n",
            Counter({("Rob Dale Vance", 24): 1}),
        ),
        ("Rob Vance, W/M, 31, was charged with theft.", Counter({("Rob Vance", 31): 1})),
        ("Rob Vance (W/M), 31, was charged with theft.", Counter({("Rob Vance", 31): 1})),
        # Near miss: no age told.
        ("Rob Vance, W/M, was charged with theft.", Counter({("Rob Vance", None): 1})),
    ],
)
def test_the_age_past_a_race_and_sex_code(text: str, expected: Counter) -> None:
    assert suspects_of(text) == expected
