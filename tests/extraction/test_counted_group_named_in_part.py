"""A group counted plainly ("Two men have been charged") of which the report names fewer than
it counts: the ones it never names are unnamed co-suspects. A group whose every member is
named gives none. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two men have been charged with murder after a stabbing in Elm Park. Kai Mensah, "
            "18, will appear in court on Monday.",
            {("Kai Mensah", 18): 1, (None, None): 1},
        ),
        (
            "Three teenagers were arrested Saturday. Police named one of them as Kai Mensah, "
            "19, of Dover.",
            {("Kai Mensah", 19): 1, (None, None): 2},
        ),
        # near misses: every member named; a count of the harmed
        (
            "Two men were arrested Monday. Kai Mensah, 18, and Leo Hart, 20, were charged "
            "with murder.",
            {("Kai Mensah", 18): 1, ("Leo Hart", 20): 1},
        ),
        (
            "Two men were shot in Elm Park on Sunday. Kai Mensah, 18, was charged with "
            "attempted murder.",
            {("Kai Mensah", 18): 1},
        ),
    ],
)
def test_a_group_named_in_part(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected
