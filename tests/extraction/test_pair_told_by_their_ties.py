"""A pair told by their ties ("The mother and father of the boy", "the boy's mother and her
boyfriend") is a group of two, as "the parents" is: a session told of them is told of the
two suspects. One tie alone is not a group. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

INDICTED = "A grand jury indicted Ned Sorrel, 30, and Fay Quill, 28, in the death of a boy. "
BOTH_INDICTED = {("Ned Sorrel", "indictment", None), ("Fay Quill", "indictment", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            INDICTED + "The mother and father of the boy entered pleas of no contest on Friday.",
            BOTH_INDICTED
            | {("Ned Sorrel", "plea", "2024-03-08"), ("Fay Quill", "plea", "2024-03-08")},
        ),
        (
            INDICTED + "The boy's mother and her boyfriend will be arraigned on Friday.",
            BOTH_INDICTED
            | {
                ("Ned Sorrel", "arraignment", "2024-03-15"),
                ("Fay Quill", "arraignment", "2024-03-15"),
            },
        ),
        (
            INDICTED + "The father and stepmother are due in court Friday.",
            BOTH_INDICTED
            | {
                ("Ned Sorrel", "appearance", "2024-03-15"),
                ("Fay Quill", "appearance", "2024-03-15"),
            },
        ),
        # Near miss: one tie is one person.
        (
            INDICTED + "The mother entered a plea of no contest on Friday.",
            BOTH_INDICTED | {("Fay Quill", "plea", "2024-03-08")},
        ),
    ],
)
def test_pair_told_by_their_ties(text: str, expected: set) -> None:
    assert court_of(text) == expected
