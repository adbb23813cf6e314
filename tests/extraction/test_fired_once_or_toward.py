"""A shot fired at someone with its count told as an adverb ("fired once at Tam Rudd", "fired
twice at a deputy") or aimed "toward" him ("fired a shot toward an officer") makes him a
target, unharmed where no hit is told, as "fired at a deputy" does. A shot fired into the air
targets no one. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import described_victims_of


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "Cal Dorrin, 22, crashed the car, climbed out and fired once at Tam Rudd, police said.",
            ("Tam Rudd", "victim", "unharmed"),
        ),
        (
            "Cal Dorrin, 22, fired twice at a deputy before he was arrested, police said.",
            (None, "deputy", "unharmed"),
        ),
        (
            "The driver got out and fired a shot toward an officer, police said. Cal Dorrin, "
            "22, was arrested.",
            (None, "officer", "unharmed"),
        ),
    ],
)
def test_fired_once_or_toward_is_a_target(text: str, victim: tuple) -> None:
    assert described_victims_of(text) == [victim]


def test_fired_into_the_air_targets_no_one() -> None:
    text = "Cal Dorrin, 22, fired once into the air outside the bar, police said."
    assert described_victims_of(text) == []
