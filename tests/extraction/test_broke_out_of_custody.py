"""Breaking out of where one is held ("broke out of the county jail", "broke out of a
juvenile detention center") tells a suspect, as "escaped from" does; "a fire broke out" or
breaking out of anything else does not. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said Ivo Marsh, 24, and Cal Ruiz, 18, broke out of a juvenile detention "
            "center.",
            {("Ivo Marsh", 24): 1, ("Cal Ruiz", 18): 1},
        ),
        (
            "Ivo Marsh and Cal Ruiz broke out of the Elmdale County Jail on Sunday.",
            {("Ivo Marsh", None): 1, ("Cal Ruiz", None): 1},
        ),
        (
            "Deputies said Ivo Marsh broke out of the lockup early Monday.",
            {("Ivo Marsh", None): 1},
        ),
        # Near misses: no custody is broken out of.
        ("A fire broke out of control near the home of Ivo Marsh, 24.", {}),
        ("Ivo Marsh, 24, broke out of his shell at the concert.", {}),
    ],
)
def test_broke_out_of_custody(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected
