"""A relative clause set off by no comma that tells what the sentenced one did ("the gunman
who shot him when he would not hand over the dogs was sentenced to 21 years") lends its
modal to no prospect of the term; a modal that governs the imposing verb ("the man that
prosecutors hope will be sentenced to life") still makes one. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

PLEA = " Cal Dorrin, 20, pleaded no contest to attempted murder."


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "Ann Lorrow watched as the gunman who shot him when he would not hand over her "
            "dogs was sentenced to 21 years." + PLEA,
            [("Cal Dorrin", "prison", 21)],
        ),
        (
            "Ann Lorrow was in court to see the man who robbed her when she could not pay "
            "receive a 12-year prison sentence." + PLEA,
            [("Cal Dorrin", "prison", 12)],
        ),
        (
            "Ann Lorrow said the teen who stabbed him when he would not give up his phone "
            "was sentenced to eight years." + PLEA,
            [("Cal Dorrin", "prison", 8)],
        ),
        # Near misses: the modal governs the imposing verb.
        ("The man that prosecutors hope will be sentenced to life is Cal Dorrin." + PLEA, []),
        ("Cal Dorrin, 20, is the man who could be sentenced to 30 years.", []),
    ],
)
def test_term_after_a_relative_clause_of_the_past(text: str, terms: list) -> None:
    found = [(f["person"], f["kind"], f["years"]) for f in facts_of("SentenceImposed", text)]
    assert found == terms
