"""A word for the suspects together ("Both were taken to the jail") speaks of those the report
has named by then, not of a suspect it names only afterwards."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in

TWO = (
    "Police searched a home on Elm Street on Tuesday. Bo Tran, 31, and Ann Lee, 24, were "
    "arrested there. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            TWO + "Both were taken to the county jail. Detectives have a warrant for a third "
            "suspect, Cy Hall, 27.",
            {"Bo Tran", "Ann Lee"},
        ),
        # Near miss: named before the group word, the third is one of those it speaks of.
        (
            "Police searched a home on Elm Street on Tuesday and arrested Bo Tran, 31, Ann "
            "Lee, 24, and Cy Hall, 27. All three were taken to the county jail.",
            {"Bo Tran", "Ann Lee", "Cy Hall"},
        ),
    ],
)
def test_a_group_word_speaks_of_those_named_by_then(text: str, expected: set) -> None:
    assert set(arrested_in(text)) == expected
