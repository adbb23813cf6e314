"""A charge a judge or prosecutor named by title dismisses, drops or throws out is the
defendant's, not the official's: "Judge Stan Nowak dismissed the robbery count" drops the
robbery count of the one charged (extraction/charge_people.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Colm Birt, 35, was charged in March with robbery. On Aug. 3, Judge Stan Nowak "
            "dismissed the robbery count after a hearing.",
            {("Colm Birt", "robbery", "dropped")},
        ),
        (
            "Ada Quill, 44, was charged with arson in May. Circuit Judge Lena Obi threw out "
            "the more serious count - reckless endangerment, which carries 10 years - after "
            "a preliminary examination.",
            {("Ada Quill", "arson", "filed"), ("Ada Quill", "reckless endangerment", "dropped")},
        ),
        (
            "Colm Birt, 35, faced charges of theft and forgery. Prosecutor Imke Dahl dropped "
            "the forgery charge on Monday.",
            {("Colm Birt", "theft", "filed"), ("Colm Birt", "forgery", "dropped")},
        ),
        # Near miss: an official who pleads is the one pleading, no suspect's charge.
        ("A third deputy, Sgt. Ann Lee, pleaded guilty to theft.", set()),
    ],
)
def test_charge_a_judge_dismissed(text: str, expected: set) -> None:
    assert charges_of(text) == expected
