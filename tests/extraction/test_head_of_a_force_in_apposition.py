"""The head of a force or an agency told in apposition after the name ("Dana Whitlow, the
acting head of the Brackton Police Department,") is an official, as "Chief Dana Whitlow"
is: a report that names no one beside its arrest is not about her. The head of anything
else ("the head of a street gang"), or a former chief told charged, stays a suspect. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of

UNNAMED = "Police arrested a man Tuesday after a string of shootings that killed two people. "


@pytest.mark.parametrize(
    ("text", "suspects"),
    [
        (
            UNNAMED + "The man faces a murder charge, according to Dana Whitlow, the acting head "
            "of the Brackton Police Department. Ms Whitlow said he was armed. Ms Whitlow said "
            "the victims were strangers to him.",
            {(None, None): 1},
        ),
        (
            UNNAMED + "He was booked into jail on a charge of murder, said Corin Vale, the county "
            "sheriff. Vale said more charges may follow. Vale thanked the public.",
            {(None, None): 1},
        ),
        (
            UNNAMED + "He faces two counts of murder, Mira Feld, chief of the Hollins Police "
            "Department, told reporters. Feld said he acted alone. Feld did not name him.",
            {(None, None): 1},
        ),
        # Near misses: the head of no force, and a former chief said to be charged.
        (
            "Jory Penn, the head of a street gang, was charged Monday with murder.",
            {("Jory Penn", None): 1},
        ),
        (
            "Ada Corrigan, a former police chief, was arrested Monday and charged with fraud.",
            {("Ada Corrigan", None): 1},
        ),
    ],
)
def test_head_of_a_force_in_apposition(text: str, suspects: dict) -> None:
    assert dict(suspects_of(text)) == suspects
