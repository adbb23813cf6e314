"""One described with where she lived or worked before her harm ("a 58-year-old woman who lived
in the home suffered burns") is a victim; one so described and questioned is not. Every
sentence here is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import victims_of


def test_a_resident_who_suffered_burns_is_injured() -> None:
    text = (
        "Cal Dunmore, 37, was charged with murder and arson in a house fire that killed a "
        "64-year-old man. A 58-year-old woman who lived in the home suffered burns and smoke "
        "inhalation, police said."
    )
    assert victims_of(text) == [(None, 58, "injured"), (None, 64, "killed")]


def test_a_neighbour_who_was_questioned_is_no_victim() -> None:
    text = (
        "Cal Dunmore, 37, was charged with arson. A 58-year-old woman who lives next door was "
        "questioned by police."
    )
    assert victims_of(text) == []
