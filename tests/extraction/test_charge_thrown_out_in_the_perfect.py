"""A charge a judge "has thrown out" is dropped, as one he "threw out" is (extraction/
charge_verdict_cues.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Colm Birt, 35, was charged in March. A judge has thrown out the robbery count "
            "against Birt.",
            {("Colm Birt", "robbery", "dropped")},
        ),
        (
            "Ada Quill, 44, faced charges of arson and theft. By then the court had thrown out "
            "the theft charge.",
            {("Ada Quill", "arson", "filed"), ("Ada Quill", "theft", "dropped")},
        ),
        # Near miss: a thing thrown out is no charge.
        (
            "Colm Birt, 35, was charged in March with robbery. He has thrown out the shoes he "
            "wore.",
            {("Colm Birt", "robbery", "filed")},
        ),
    ],
)
def test_charge_thrown_out_in_the_perfect(text: str, expected: set) -> None:
    assert charges_of(text) == expected
