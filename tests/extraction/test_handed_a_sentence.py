"""One "handed" a sentence ("was handed a suspended sentence of 18 months", as British and
Irish courts report one) is the one convicted, and the term is his; one handed anything else
is no one accused. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


def sentences_of(text: str) -> list[tuple[str | None, str, float | None]]:
    return [(f["person"], f["kind"], f["years"]) for f in facts_of("SentenceImposed", text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyle Brennock, 41, was handed a suspended sentence of 18 months.",
            [("Kyle Brennock", "other", 1.5)],
        ),
        # Near misses: handed something that is no term, or handed over.
        ("Kyle Brennock, 41, was handed a leaflet by a witness.", []),
        ("Kyle Brennock, 41, was handed over to police on Monday.", []),
    ],
)
def test_handed_a_sentence(text: str, expected: list) -> None:
    assert sentences_of(text) == expected
