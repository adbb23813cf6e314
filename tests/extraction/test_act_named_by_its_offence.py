"""A charge told as an act whose verb is an offence's own name ("charged with carjacking a
woman at gunpoint") is that offence; an act whose verb names no offence ("charged with shooting
a woman") gives none. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import charges_of


def test_carjacking_someone_is_carjacking() -> None:
    text = "Cal Dunmore, 19, was charged with carjacking a woman at gunpoint on Main Street."
    assert charges_of(text) == {("Cal Dunmore", "carjacking", "filed")}


def test_shooting_someone_names_no_offence() -> None:
    text = "Cal Dunmore, 19, was charged with shooting a woman on Main Street."
    assert charges_of(text) == set()
