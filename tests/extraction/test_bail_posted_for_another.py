"""Bail a relative posted for the accused ("His mother, Ada Quist, posted his $5,000 bond")
makes her no suspect: the possessive is of the other sex than the words before her name give.
One who posted her own bond still is. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of

CHARGED = "Nils Abernathy, 30, was charged with assault. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CHARGED + "His mother, Ada Quist, posted his $5,000 bond on Tuesday.",
            {("Nils Abernathy", 30): 1},
        ),
        (
            CHARGED + "His girlfriend, Ada Quist, posted his bail hours later.",
            {("Nils Abernathy", 30): 1},
        ),
        # Near miss: a woman charged beside him who posted her own bond is a suspect.
        (
            CHARGED + "His girlfriend, Ada Quist, 28, was also charged. Quist posted her $2,000 "
            "bond on Tuesday.",
            {("Nils Abernathy", 30): 1, ("Ada Quist", 28): 1},
        ),
    ],
)
def test_bail_posted_for_another(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected
