"""The charges told inline after a colon ("The charges: murder, robbery and burglary") are
filed against the suspect the sentence before told; a status after the colon ("The charges:
dropped in June") names no charge. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nils Abernathy, 30, was charged Tuesday. The charges: murder, robbery and burglary.",
            {
                ("Nils Abernathy", "murder", "filed"),
                ("Nils Abernathy", "robbery", "filed"),
                ("Nils Abernathy", "burglary", "filed"),
            },
        ),
        (
            "Nils Abernathy, 30, was arrested Tuesday. His charges: aggravated assault and "
            "resisting arrest.",
            {
                ("Nils Abernathy", "aggravated assault", "filed"),
                ("Nils Abernathy", "resisting arrest", "filed"),
            },
        ),
        # Near miss: a status after the colon is no charge.
        (
            "Nils Abernathy, 30, was charged with theft in May. The charges: dropped in June.",
            {("Nils Abernathy", "theft", "filed")},
        ),
    ],
)
def test_charges_told_after_a_colon(text: str, expected: set) -> None:
    assert charges_of(text) == expected
