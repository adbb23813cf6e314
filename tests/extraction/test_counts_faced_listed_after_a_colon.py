"""The counts someone is said to face, listed after a colon, are his filed charges ("listed
the counts he now faces: arson, burglary and theft", "The charges Voss faces: ...";
extraction/charge_noun_cues.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cal Voss, 19, was booked Monday. Prosecutor Imke Dahl listed the counts he now "
            "faces: arson of an occupied dwelling, burglary, and theft by deception.",
            {
                ("Cal Voss", "arson of an occupied dwelling", "filed"),
                ("Cal Voss", "burglary", "filed"),
                ("Cal Voss", "theft by deception", "filed"),
            },
        ),
        (
            "Ann Kolb, 44, was arrested Friday. The charges Kolb is facing: forgery and "
            "identity theft.",
            {("Ann Kolb", "forgery", "filed"), ("Ann Kolb", "identity theft", "filed")},
        ),
        # Near miss: a colon after counts no one is said to face lists no charge.
        (
            "Ann Kolb, 44, was arrested Friday. She said the counts were unfair: she had "
            "done nothing.",
            set(),
        ),
    ],
)
def test_counts_faced_listed_after_a_colon(text: str, expected: set) -> None:
    assert charges_of(text) == expected
