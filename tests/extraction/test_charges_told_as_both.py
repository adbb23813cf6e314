"""A pair of charges told with "both" before the first ("found not guilty of both murder and
manslaughter", "charged with both robbery and burglary") is two charges, the first as much as
the second. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cy Ruiz, 18, was found not guilty of both murder and manslaughter.",
            {("Cy Ruiz", "murder", "acquitted"), ("Cy Ruiz", "manslaughter", "acquitted")},
        ),
        (
            "Cy Ruiz, 18, is charged with both robbery and burglary.",
            {("Cy Ruiz", "robbery", "filed"), ("Cy Ruiz", "burglary", "filed")},
        ),
        # near misses: "both" of the charges told before, or of the people
        ("Cy Ruiz, 18, was charged with both counts.", set()),
        (
            "Cy Ruiz and Bo Tran were both charged with robbery.",
            {("Cy Ruiz", "robbery", "filed"), ("Bo Tran", "robbery", "filed")},
        ),
    ],
)
def test_both_before_a_pair_of_charges(text: str, expected: set) -> None:
    assert charges_of(text) == expected
