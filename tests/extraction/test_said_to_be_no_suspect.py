"""Someone the report says is no suspect ("is not considered a suspect", "has been ruled
out") is never taken for the article's suspect when no name stands beside its charge or
arrest words. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of

KILLED = "Ada Quist, 45, was killed Sunday. No one has been charged. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (KILLED + "Nils Abernathy, 30, is not considered a suspect.", {}),
        (KILLED + "Nils Abernathy, 30, is not a suspect, police said.", {}),
        (
            KILLED + "Police said Nils Abernathy, 30, was questioned but has since been ruled out.",
            {},
        ),
        # Near miss: one the report calls a suspect is one.
        (
            KILLED + "Police said Nils Abernathy, 30, is a suspect.",
            {("Nils Abernathy", 30): 1},
        ),
    ],
)
def test_said_to_be_no_suspect(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected
