"""Custody told as "placed under arrest": with the force as subject ("Troopers placed Nils
Abernathy under arrest"), and after a stop told with two phrases ("was stopped by troopers
on the interstate and placed under arrest"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrests_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troopers placed Nils Abernathy, 30, under arrest on Friday.",
            {("Nils Abernathy", "2024-03-08", False)},
        ),
        (
            "Nils Abernathy, 30, was stopped by troopers on the interstate and placed under "
            "arrest.",
            {("Nils Abernathy", None, False)},
        ),
        # Near miss: placed somewhere else is no custody.
        ("Troopers placed Nils Abernathy, 30, in an ambulance on Friday.", set()),
    ],
)
def test_placed_under_arrest(text: str, expected: set) -> None:
    assert arrests_of(text) == expected
