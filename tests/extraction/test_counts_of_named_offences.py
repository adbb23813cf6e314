""" "The counts of" named offences are charges as "the charges of" are, whatever the clause
does with them ("the counts of robbery and burglary against Vell were dismissed": both
dropped; extraction/charge_cues.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Colm Birt, 35, was charged in March. On Tuesday, the counts of robbery and "
            "burglary against Birt were dismissed.",
            {("Colm Birt", "robbery", "dropped"), ("Colm Birt", "burglary", "dropped")},
        ),
        (
            "Ada Quill, 44, was charged in May. The counts of arson of an occupied dwelling "
            "and insurance fraud were dismissed Friday as her hearing ended.",
            {
                ("Ada Quill", "arson of an occupied dwelling", "dropped"),
                ("Ada Quill", "insurance fraud", "dropped"),
            },
        ),
        # Near miss: a number of counts is no offence.
        ("Colm Birt, 35, was charged in March. The counts of the indictment were read.", set()),
    ],
)
def test_counts_of_named_offences(text: str, expected: set) -> None:
    assert charges_of(text) == expected
