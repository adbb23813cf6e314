"""A word describing a person right before a name ("student", "neighbor", "nurse"), or
before an appositive that gives it ("his neighbor, Luis Park,"), or said to be the person
named ("the man in custody is Luis Park"), tells the words after it
name a person, so a common word ending them ("Park", "Church", "Fox") is the surname, and
the bare surname later is that person with the age told of it. A common word after no
describing word, or what a place is said to be, stays a place. The sentences are written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of, victims_of


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "Rune Ostby, 20, was charged with murder in the stabbing death of nursing "
            "student Ilka Maren Park. Park, 19, had been home for the holidays.",
            "Ilka Maren Park",
            19,
        ),
        (
            "Deputies say Rune Ostby, 44, beat his elderly neighbor, Tobias Church, with "
            "a shovel. Church, 81, died at the scene.",
            "Tobias Church",
            81,
        ),
        (
            "A pickup struck and killed delivery driver Anouk Fox on Monday. Fox, 36, was "
            "pronounced dead at the scene, and Rune Ostby, 22, was charged with homicide.",
            "Anouk Fox",
            36,
        ),
    ],
)
def test_describing_word_makes_a_common_word_the_surname(text: str, name: str, age: int) -> None:
    assert [(n, a) for n, a, _ in victims_of(text)] == [(name, age)]


def test_common_word_after_no_describing_word_stays_a_place() -> None:
    # near miss: "Orla Park" follows "near", no word describing a person
    text = "A man was fatally shot near Orla Park on Friday. Police gave no name."
    assert [n for n, _, _ in victims_of(text)] == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officers stopped a sedan on Route 4, and the man in custody is Davor Church, the "
            "chief said. Church was arrested without a struggle.",
            "Davor Church",
        ),
        (
            "Detectives said the suspect they arrested Sunday was Kalle Fox. Fox was charged "
            "with murder.",
            "Kalle Fox",
        ),
    ],
)
def test_person_a_sentence_says_someone_is(text: str, name: str) -> None:
    assert suspects_of(text) == Counter({(name, None): 1})


def test_place_a_sentence_says_something_is() -> None:
    # near miss: a scene, not a person, is what the sentence names
    text = "Ilse Vonk was charged with murder. The scene was Orla Park, near the river."
    assert suspects_of(text) == Counter({("Ilse Vonk", None): 1})
