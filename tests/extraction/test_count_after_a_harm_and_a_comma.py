"""A count after a harm's object and a comma is one more item of the harmed ("killed his
wife, two daughters and a neighbor", "bodies of a mother, 2 daughters found"), unless the
comma closes a phrase of time set before the clause ("Months after the killing of Ann Lee,
two men were charged"): then the count is the clause's subject, no one harmed. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import described_victims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Months after the killing of Ada Brill, two men were charged.",
            [("Ada Brill", "victim", "killed")],
        ),
        (
            "Three years after the shooting of Deputy Ada Brill, two brothers have admitted guilt.",
            [("Ada Brill", "victim", "injured")],
        ),
        (
            "A week after the stabbing of Ada Brill, two teens were arrested.",
            [("Ada Brill", "victim", "injured")],
        ),
        # Near misses: the count is an item of the list of the harmed.
        (
            "Police said he killed his wife, two daughters and a neighbor.",
            [
                (None, "daughters", "killed"),
                (None, "daughters", "killed"),
                (None, "wife", "killed"),
            ],
        ),
        (
            "Bodies of a missing mother, 2 daughters found in a field",
            [
                (None, "daughters", "killed"),
                (None, "daughters", "killed"),
                (None, "missing mother", "killed"),
            ],
        ),
        (
            "Father held after bodies of a woman, two daughters are found",
            [
                (None, "daughters", "killed"),
                (None, "daughters", "killed"),
                (None, "woman", "killed"),
            ],
        ),
        (
            "Man Accused of Killing Wife, 2 Daughters",
            [(None, "daughters", "killed"), (None, "daughters", "killed")],
        ),
    ],
)
def test_count_after_a_harm_and_a_comma(text: str, expected: list) -> None:
    assert described_victims_of(text) == expected
