"""A term someone is seen or watched to receive ("was in court to see the gunman receive a
21-year prison sentence", "watched Bo Tran receive 15 years") is imposed, as "received" tells
it; a term he "could" or "will" receive is only a prospect. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

PLEA = " Cal Dorrin, 20, pleaded no contest to attempted murder."


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "Ann Lorrow was in court to see the gunman receive a 21-year prison sentence." + PLEA,
            [("Cal Dorrin", "prison", 21)],
        ),
        (
            "Family members watched Cal Dorrin, 20, receive 15 years in prison.",
            [("Cal Dorrin", "prison", 15)],
        ),
        (
            "His mother saw Cal Dorrin, 20, receive a six-year prison term on Friday.",
            [("Cal Dorrin", "prison", 6)],
        ),
        # Near misses: a term still to come.
        ("Cal Dorrin, 20, could receive up to 20 years in prison." + PLEA, []),
        ("Cal Dorrin, 20, will receive a 10-year sentence under the plea deal.", []),
    ],
)
def test_term_seen_received(text: str, terms: list) -> None:
    found = [(f["person"], f["kind"], f["years"]) for f in facts_of("SentenceImposed", text)]
    assert found == terms
