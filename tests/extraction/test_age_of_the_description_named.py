"""A suspect named for a description the report gave an age ("a 52-year-old driver crossed
the center line ... Troopers identified the driver as Lyle Brandt", "a 33-year-old man ...
the man in custody is Lyle Brandt") has that age; not where
the report gives the noun two ages, nor the age of one harmed. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troopers said a 52-year-old driver crossed the center line and hit a van. "
            "Troopers identified the driver as Lyle Brandt. Brandt was charged with "
            "vehicular homicide.",
            {("Lyle Brandt", 52): 1},
        ),
        (
            "Police said the 41-year-old gunman fired into a crowd. The gunman, identified "
            "as Otis Fenn, was arrested at the scene and charged with murder.",
            {("Otis Fenn", 41): 1},
        ),
        # ... named in a sentence that says who he is ("the man in custody is").
        (
            "Deputies arrested a 33-year-old man Friday in the shooting death of a deputy. "
            "Sheriff Tess Hale said the man in custody is Lyle Brandt. Officers spotted "
            'Brandt in the back seat of a car, the sheriff said. She described him as "calm."',
            {("Lyle Brandt", 33): 1},
        ),
        (
            "Deputies arrested a 33-year-old man Friday in a burglary at a pawn shop. The "
            "sheriff said the man in custody is Lyle Brandt. Officers stopped a car after "
            "spotting Brandt riding in the back seat, the sheriff said.",
            {("Lyle Brandt", 33): 1},
        ),
        (
            "A 33-year-old man was arrested Friday in a burglary at a pawn shop. Deputies "
            "confirmed that the man is Lyle Brandt. A clerk recognized Brandt from an earlier "
            "visit, deputies said.",
            {("Lyle Brandt", 33): 1},
        ),
        # Near miss: the noun has two ages; which one he is, the report does not say.
        (
            "A 52-year-old driver and a 30-year-old driver collided on Route 9. Police "
            "identified the driver as Lyle Brandt. Brandt was charged with reckless driving.",
            {("Lyle Brandt", None): 1},
        ),
        # Near miss: the age is of the one harmed.
        (
            "A 30-year-old man was shot on Elm Street. Police identified the man who fired "
            "as Otis Fenn. Fenn was charged with assault.",
            {("Otis Fenn", None): 1},
        ),
    ],
)
def test_age_of_the_description_named(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected
