"""An age the sentence says a person was, right after the name ("Ona Fox was 4 when she
died", "was just 9 years old"), is told of a person only, so a common word ending the name
("Park", "Fox", "Church") is the surname. A distance after a place ("Orla Park was 4 miles
away") tells no age and keeps it a place. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "Tamsin Park was 6 when she died of her injuries. Her stepfather, Odell Brisk, "
            "33, was arrested on Monday.",
            "Tamsin Park",
            6,
        ),
        (
            "Jory Fox was just 9 years old when he was killed. Odell Brisk, 40, was charged "
            "with murder.",
            "Jory Fox",
            9,
        ),
        (
            "Police said Ansel Church was 3 when he was beaten to death. Odell Brisk, 26, "
            "was charged with murder.",
            "Ansel Church",
            3,
        ),
    ],
)
def test_age_said_with_was_makes_a_common_word_the_surname(text: str, name: str, age: int) -> None:
    assert [(n, a) for n, a, _ in victims_of(text)] == [(name, age)]


def test_distance_after_a_place_is_no_age() -> None:
    # near miss: "4 miles" is how far a place was, not an age
    text = "Orla Park was 4 miles from the scene, and Odell Brisk, 27, was arrested there."
    assert victims_of(text) == []
