"""A name said with "is" or "was" to be the one charged, arrested or wanted is a suspect, as a
name with that description in an apposition is ("Teo Lindqvist, 25, is the second man charged
in the case", "Ann Kolb was the woman arrested in the theft"; extraction/cues.py)."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Teo Lindqvist, 25, is the second man charged in the case. His cousin, Arvo "
            "Lindqvist, 29, was indicted on the same count.",
            {("Teo Lindqvist", 25): 1, ("Arvo Lindqvist", 29): 1},
        ),
        (
            "Ann Kolb was the only woman arrested in the theft ring, which police broke up "
            "in June. Mira Castell, 40, was also arrested.",
            {("Ann Kolb", None): 1, ("Mira Castell", 40): 1},
        ),
        (
            "Ruben Ostrowski, 19, is now the third teen charged in the stabbing. Kaito Brenner, "
            "18, was charged in May.",
            {("Ruben Ostrowski", 19): 1, ("Kaito Brenner", 18): 1},
        ),
        # Near miss: kin of the one charged is no suspect.
        (
            "Kaito Brenner, 18, was charged in May. Ann Kolb is the mother of the man charged "
            "in the stabbing.",
            {("Kaito Brenner", 18): 1},
        ),
    ],
)
def test_named_as_the_one_charged(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)
