"""A relative told beside the suspect as the object of the custody or charge verb ("a grand
jury indicted him and his brother", "police arrested her and her boyfriend") is a co-suspect
the report does not name, as "he and his brother were indicted" is; not one it names right
after ("arrested him and his brother, Arvo Lindqvist, 29"; extraction/unnamed_suspects.py)."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Teo Lindqvist, 25, will stay in jail. A grand jury indicted him and his brother "
            "on Tuesday.",
            {("Teo Lindqvist", 25): 1, (None, None): 1},
        ),
        (
            "Ann Kolb, 33, was released on bond. Deputies had arrested her and her boyfriend "
            "at a motel in Marlow.",
            {("Ann Kolb", 33): 1, (None, None): 1},
        ),
        # Near miss: the relative the report names is that person, no one unnamed.
        (
            "Teo Lindqvist, 25, will stay in jail. Police arrested him and his brother, Arvo "
            "Lindqvist, 29, on Tuesday.",
            {("Teo Lindqvist", 25): 1},
        ),
    ],
)
def test_relative_taken_beside_him(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)
