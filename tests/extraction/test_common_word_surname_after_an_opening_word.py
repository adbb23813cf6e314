"""Once an article has named a person whose surname is also a common word ("Fox", "Lane",
"Church"), that surname alone is the person even right after a capitalised word opening the
sentence ("With Fox already 41", "When Lane was 19"): a preposition, conjunction or pronoun
starts a sentence, not a place's name. After "The" the word is a thing ("The Church"). The
sentences are written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "Corwin Abel Fox Jr. was convicted of murder on Friday. "
            "With Fox already age 52, he is unlikely to see release.",
            "Corwin Abel Fox Jr.",
            52,
        ),
        (
            "Brisa Lane Jr. was charged with arson in Toller. "
            "When Lane, 27, left the courtroom, she said nothing.",
            "Brisa Lane Jr.",
            27,
        ),
        (
            "Odo Church III was arrested on Sunday and charged with robbery. "
            "After Church, 33, was booked into the jail, deputies searched his van.",
            "Odo Church III",
            33,
        ),
    ],
)
def test_surname_after_an_opening_word_is_the_person(text: str, name: str, age: int) -> None:
    assert suspects_of(text) == Counter({(name, age): 1})


def test_surname_after_a_determiner_is_a_thing() -> None:
    # near miss: "The Fox, 61, ..." names a bar, not the man named Fox before
    text = (
        "Corwin Abel Fox Jr. was convicted of murder on Friday. "
        "The Fox, 61, is a tavern on Mill Road."
    )
    assert suspects_of(text) == Counter({("Corwin Abel Fox Jr.", None): 1})
