"""A role title before a given name ("Deputy", "Officer", "Sgt.") tells the words after it
name a person, so a common word ending them ("Park", "Lane", "Church") is the surname, and
the bare surname later is that person ("Park, 48, was a K-9 handler"). A common word after a
title and no given name is not made a name. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "Deputy Odile Park died after a traffic stop on a county road. "
            "Park, 48, was a K-9 handler with the department.",
            "Odile Park",
            48,
        ),
        (
            "Harlan County Trooper Wes Lane was killed when a truck struck his cruiser. "
            "Lane, 39, had served for nine years.",
            "Wes Lane",
            39,
        ),
        (
            "Sgt. Imre Church was fatally shot outside the station on Friday night. "
            "Church, 51, leaves a wife and two sons.",
            "Imre Church",
            51,
        ),
    ],
)
def test_title_makes_a_common_word_the_surname(text: str, name: str, age: int) -> None:
    assert [(n, a) for n, a, _ in victims_of(text)] == [(name, age)]


def test_title_before_a_place_names_no_one() -> None:
    # near miss: the title's run holds no given name, so "Park" stays a place
    text = "A man was fatally shot near Deputy Park on Friday. Police gave no name."
    assert [n for n, _, _ in victims_of(text)] == [None]
