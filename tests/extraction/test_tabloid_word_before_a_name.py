"""A word tabloids describe a child or someone harmed by, capitalised before the name at a
sentence's start ("Little Ben Ayo died", "Toddler Kit Oduya"), is no part of the name; a
surname of the same word after a given name stays ("Ann Little"). On sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Little Ben Ayo died in hospital two days after he was found in the pool, police said.",
            "Ben Ayo",
        ),
        (
            "Toddler Kit Oduya died after he was left in a hot car, police said. His father, Lee "
            "Oduya, 29, was charged with manslaughter.",
            "Kit Oduya",
        ),
        ("Tiny Ivy Brandt died after a fall from a window, police said.", "Ivy Brandt"),
    ],
)
def test_tabloid_word_is_no_part_of_the_name(text: str, name: str) -> None:
    assert [f["name"] for f in facts_of("VictimReported", text)] == [name]


def test_surname_of_the_same_word_stays() -> None:
    # near miss: "Little" is the surname
    text = "Police said Ann Little, 31, was charged with assault after the fight."
    assert [f["name"] for f in facts_of("SuspectIdentified", text)] == ["Ann Little"]
