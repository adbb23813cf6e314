"""A capitalised name after "his", "her", "their" or "its" is a thing owned (a car's make and
model: "his Toyota Hilux stolen", "took her Nissan Altima"), no person, as one after "a" is.
The sentences are written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    "text",
    [
        "Cal Dunne, 19, is the third man arrested over the attack, in which a man was struck "
        "with a machete and his Toyota Hilux stolen.",
        "Cal Dunne, 19, was arrested after two men took her Nissan Altima from the pumps and "
        "their Honda Civic was found burnt out.",
    ],
)
def test_a_possessed_name_is_no_suspect(text: str) -> None:
    assert suspects_of(text) == Counter({("Cal Dunne", 19): 1})


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a person named after a relation, and one opening a sentence
        "Police arrested his brother, Ray Dunne, 22, on Sunday.",
        "His lawyer said Ray Dunne, 22, was arrested on Sunday.",
    ],
)
def test_a_person_after_a_possessive_relation_is_named(text: str) -> None:
    assert suspects_of(text) == Counter({("Ray Dunne", 22): 1})
