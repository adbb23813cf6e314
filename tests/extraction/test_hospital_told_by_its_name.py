"""A hospital told by its system's name alone ("taken to Corwen Health Ashby Vale",
"died at Corwen Health Ashby Vale") is a place, not a victim's name; one taken there "with
life-threatening injuries" is hurt. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of

CHARGED = " Nils Abernathy, 30, was charged in the shooting."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was shot Sunday and taken to Corwen Health Ashby Vale, where he died." + CHARGED,
            [(None, None, "killed")],
        ),
        (
            "The victim was taken to Corwen Health Ashby Vale with life-threatening injuries."
            + CHARGED,
            [(None, None, "injured")],
        ),
        (
            "A woman was shot and later died at Corwen Health Ashby Vale." + CHARGED,
            [(None, None, "killed")],
        ),
        # Near miss: a name after "taken to" that is told as a person elsewhere still is one.
        (
            "Ada Quist, 41, was shot in the leg and taken to a hospital." + CHARGED,
            [("Ada Quist", 41, "injured")],
        ),
    ],
)
def test_hospital_told_by_its_name(text: str, expected: list) -> None:
    assert victims_of(text) == expected
