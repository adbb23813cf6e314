"""A judge who refused to grant or set bond denies it, also with the day told between the verb
and what was refused ("refused on Friday to grant bond to him", "declined Tuesday to set
bail"); a refusal of something else beside a bond told is no denial. Every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

LEAD = "Corwin Ashdale, 37, was charged with robbery. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "A Lytton County judge refused on Friday to grant bond to Ashdale.",
            {("Corwin Ashdale", None, "denied")},
        ),
        (
            LEAD + "A magistrate declined Tuesday to set bail for Ashdale.",
            {("Corwin Ashdale", None, "denied")},
        ),
        (
            LEAD + "The judge refused yesterday to allow bail for Ashdale, citing his record.",
            {("Corwin Ashdale", None, "denied")},
        ),
        # near miss: something else refused, the bond set
        (
            LEAD + "The judge refused on Friday to grant a delay to Ashdale, whose bond stays "
            "at $8,000.",
            {("Corwin Ashdale", 8000, "set")},
        ),
    ],
)
def test_bond_refused_with_a_day_between(text: str, expected: set) -> None:
    assert bonds_of(text) == expected
