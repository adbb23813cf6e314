"""Victims, links, arrests and bail in wordings outlets use, probed with invented stories:
the one harmed first told as "the student", a release paid for by money named after "released
from jail", and the like. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

CHARGED = "Kip Varga, 31, was charged with burglary. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Money put up to leave jail is bail posted, though neither word is said.
        (CHARGED + "He was released from jail after posting $20,000.", {20000}),
        (
            "Kip Varga, 31, was released from jail after posting $20,000, records show. He is "
            "charged with burglary.",
            {20000},
        ),
        (CHARGED + "He was released from the county jail Tuesday after paying $5,000.", {5000}),
        # Near miss: released from prison after a term is an earlier matter, no bail.
        (
            CHARGED + "He was released from prison in 2019 after serving six years for robbery.",
            set(),
        ),
    ],
)
def test_release_from_jail_paid_for_is_bail_posted(text: str, expected: set[int]) -> None:
    posted = {amount for _, amount, status in bonds_of(text) if status == "posted"}
    assert posted == expected
