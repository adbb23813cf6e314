"""An adverb of the clause ("instead", "too") is no part of the charge nor a break between a
name and its verb: "Bo Tran was instead convicted of manslaughter", "convicted him of
manslaughter instead", "charged with robbery too". Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bo Tran was instead convicted of manslaughter.",
            ("Bo Tran", "manslaughter", "convicted"),
        ),
        ("Bo Tran was instead charged with manslaughter.", ("Bo Tran", "manslaughter", "filed")),
        (
            "Jurors convicted Bo Tran of manslaughter instead.",
            ("Bo Tran", "manslaughter", "convicted"),
        ),
        ("Bo Tran was charged with robbery too.", ("Bo Tran", "robbery", "filed")),
    ],
)
def test_a_clause_adverb_leaves_the_charge_whole(text: str, expected: tuple) -> None:
    assert charges_of(text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # an offence whose own last word is no adverb of the clause
        "Bo Tran was charged with disorderly conduct.",
    ],
)
def test_an_offence_keeps_its_words(text: str) -> None:
    assert charges_of(text) == {("Bo Tran", "disorderly conduct", "filed")}
