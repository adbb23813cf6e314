"""A sentence that tells two arrests in clauses joined by ", and", each opened by its own full
name ("Ann Lee was arrested Tuesday, and Bo Tran, 24, was arrested Wednesday"), tells two
arrests, each on its own day. Every sentence is written for these tests (published on a
Thursday)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrests_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hugo Lenz, 19, of Arden, was arrested Monday, and Pim Soto, 24, of Bly, was "
            "arrested Tuesday in Racine, Wisconsin, prosecutors said.",
            {("Hugo Lenz", "2024-03-11", False), ("Pim Soto", "2024-03-12", False)},
        ),
        (
            "Hugo Lenz was arrested Monday, and Pim Soto was taken into custody Tuesday.",
            {("Hugo Lenz", "2024-03-11", False), ("Pim Soto", "2024-03-12", False)},
        ),
        # Near misses: the clause after "and" is no one else's arrest.
        (
            "Hugo Lenz, 19, was arrested Monday at his home, and Police Chief Ada Rook said he "
            "was booked into the county jail.",
            {("Hugo Lenz", "2024-03-11", False)},
        ),
        (
            "Hugo Lenz, 19, was arrested Monday, and Pim Soto, his cousin, said he was stunned.",
            {("Hugo Lenz", "2024-03-11", False)},
        ),
    ],
)
def test_two_arrests_in_one_sentence(text: str, expected: set[tuple[str, str, bool]]) -> None:
    assert arrests_of(text) == expected
