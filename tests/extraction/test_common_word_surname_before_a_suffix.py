"""A surname that is also a common word ("Park", "Lane", "Church") is a surname when a
generational suffix follows it ("Jr.", "II", "III"): only a person's name takes one, so the
suffix tells a person is named as an age after the name does. The sentences are written
for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tal Roe, whose legal name is Ovid Junior Park II, was picked up on Monday. "
            "Park was charged with distribution.",
            "Ovid Junior Park II",
        ),
        (
            "Marek Lane III, whose father ran the bakery, was charged with fraud.",
            "Marek Lane III",
        ),
        (
            "Dell Church Jr. was picked up at home. Church was charged with robbery.",
            "Dell Church Jr.",
        ),
    ],
)
def test_common_word_before_a_suffix_is_a_surname(text: str, name: str) -> None:
    assert suspects_of(text) == Counter({(name, None): 1})


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no suffix after the common word, or a numeral of a thing, not a person
        "Ivo Senn, a veteran of World War II, was charged with fraud.",
        "Fans left the stadium at Orla Park after the game. Ivo Senn was charged with fraud.",
    ],
)
def test_common_word_without_a_suffix_names_no_one(text: str) -> None:
    assert suspects_of(text) == Counter({("Ivo Senn", None): 1})
