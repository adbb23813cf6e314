"""A counted group whose relative clause tells what it did or underwent ("two men who escaped
from the jail", "three teens who were later charged") is the list of as many names, with
ages, that follows, as "Two men escaped" is; a clause of witnesses or of the harmed is not.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputies are looking for two men who escaped from the jail. Police said Ivo "
            "Marsh, 24, and Cal Ruiz, 18, got out at 8 p.m.",
            {("Ivo Marsh", 24): 1, ("Cal Ruiz", 18): 1},
        ),
        (
            "Deputies are hunting two men who broke out of the Elmdale County Jail. Ivo Marsh, "
            "24, and Cal Ruiz, 18, got out at 8 p.m.",
            {("Ivo Marsh", 24): 1, ("Cal Ruiz", 18): 1},
        ),
        (
            "Officers found three teens who were later charged with burglary. Ivo Marsh, 17, "
            "Cal Ruiz, 16, and Ana Lee, 17, were held.",
            {("Ivo Marsh", 17): 1, ("Cal Ruiz", 16): 1, ("Ana Lee", 17): 1},
        ),
        # Near misses: witnesses, and people harmed.
        (
            "Police spoke to two men who saw the crash. Ivo Marsh, 24, and Cal Ruiz, 18, said "
            "the car ran a light.",
            {},
        ),
        (
            "Two women who were shot Sunday are recovering. Ana Lee, 24, and Mia Ruiz, 18, "
            "were taken to a hospital.",
            {},
        ),
    ],
)
def test_counted_group_told_by_a_relative_clause(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected
