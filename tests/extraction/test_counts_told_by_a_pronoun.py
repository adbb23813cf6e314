"""Counts a sentence names ("will stand trial on every count") may be listed by the next
one through a pronoun standing for them: "They include murder and arson", "These include:"
with one offence a line. A pronoun with no counts before it to stand for names no charge.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A judge ruled that Emrys Coldwell, 28, will stand trial on every count. They "
            "include arson, burglary and criminal mischief.",
            {"arson", "burglary", "criminal mischief"},
        ),
        (
            "Sabine Throop, 61, was held for court on all charges. These include:\n"
            "- theft by deception\n"
            "- forgery\n",
            {"theft by deception", "forgery"},
        ),
        (
            "Prosecutors say Emrys Coldwell, 28, faces eleven counts. Those include robbery and "
            "aggravated assault.",
            {"robbery", "aggravated assault"},
        ),
    ],
)
def test_counts_listed_through_a_pronoun(text: str, expected: set[str]) -> None:
    assert {charge for _, charge, _ in charges_of(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The new statute created several offences. They include stalking and cyberbullying.",
        "Emrys Coldwell, 28, was charged with arson. He keeps three hobbies. They include "
        "fishing and chess.",
    ],
)
def test_near_miss_no_counts_to_stand_for(text: str) -> None:
    assert not {c for c in charges_of(text) if c[1] in ("stalking", "cyberbullying", "fishing")}
