"""Who someone is to another, told with whose he is ("her dog walker", "the pastor's driver,",
"his business partner") right before a name, tells the name is a person's, so a common word
ending it ("Fox", "Church", "Park") is the surname. A place after a possessive takes a small
word between ("her home in Orla Park") and stays a place. The sentences are written for these
tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of, victims_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Deputies arrested Odell Brisk, 29, in the shooting of her dog walker Teodor Fox "
            "on Sunday.",
            "Teodor Fox",
        ),
        (
            "Odell Brisk, 41, was charged with attempted murder in the shooting of the "
            "pastor's driver, Imre Church, in a parking lot.",
            "Imre Church",
        ),
        (
            "Odell Brisk, 52, was charged with murder in the death of his business partner "
            "Linnea Park.",
            "Linnea Park",
        ),
    ],
)
def test_relation_with_whose_makes_a_common_word_the_surname(text: str, name: str) -> None:
    assert [n for n, _, _ in victims_of(text)] == [name]


def test_hyphenated_relation_makes_a_common_word_the_surname() -> None:
    # "co-conspirator" is one word for who someone is to another
    text = (
        "The guns were traced to a dealer and his alleged co-conspirator, Wendel Fox, a "
        "prison guard. Fox was charged with conspiracy."
    )
    assert suspects_of(text) == Counter({("Wendel Fox", None): 1})


def test_place_after_a_possessive_and_a_small_word_stays_a_place() -> None:
    # near miss: "in" stands between "her home" and "Orla Park"
    text = "Odell Brisk, 35, was charged with shooting a man near her home in Orla Park."
    assert [n for n, _, _ in victims_of(text)] != ["Orla Park"]
