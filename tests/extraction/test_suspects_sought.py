"""Suspects a warrant is issued for, alone, in a list, or named after the group they are told
as. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A warrant has been issued for Byron Lutz, 33.", {("Byron Lutz", 33)}),
        (
            "Warrants have been issued for Byron Lutz, 33, and Ivy Marsh, 28.",
            {("Byron Lutz", 33), ("Ivy Marsh", 28)},
        ),
        (
            "Warrants have been issued for two other men, Byron Lutz, 33, and Ivy Marsh, 28, "
            "who police say were with him that night.",
            {("Byron Lutz", 33), ("Ivy Marsh", 28)},
        ),
        # near miss: a search warrant for someone's home makes him no suspect
        ("Officers executed a search warrant for the home of Byron Lutz, 33.", set()),
    ],
)
def test_a_warrant_issued_for_names_its_suspects(text: str, expected: set) -> None:
    assert set(suspects_of(text)) == expected
