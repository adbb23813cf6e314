"""A victim told restrained and then harmed ("was tied up and beaten", "was bound and
stabbed") is injured: the harm joined to the restraint tells the outcome, not the restraint.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


def _outcomes(text: str) -> set[tuple]:
    return {(f["description"], f["outcome"]) for f in facts_of("VictimReported", text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was charged after a 76-year-old woman was tied up and beaten in her home.",
            {("76-year-old woman", "injured")},
        ),
        (
            "A man was charged after a 76-year-old woman was bound and stabbed in her home.",
            {("76-year-old woman", "injured")},
        ),
        # near miss: a restraint joined to a taking tells no harm
        (
            "A man was charged after a 76-year-old woman was tied up and robbed in her home.",
            {("76-year-old woman", "unharmed")},
        ),
    ],
)
def test_restraint_joined_to_harm(text: str, expected: set) -> None:
    assert _outcomes(text) == expected
