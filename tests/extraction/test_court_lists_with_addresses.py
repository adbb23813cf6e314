"""Defendants listed with their addresses as British courts give them, items apart by
semicolons: "Cal Orrin, 28, of Tanner Row, Elmford; Tod Wicks, 24, of Gorse Lane, Harlow
Bridge; and Mara Quell, 31". The town that closes an item names no one. The sentences are
written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cal Orrin, 28, of Tanner Row, Elmford; Tod Wicks, 24, of Gorse Lane, Harlow "
            "Bridge; and Mara Quell, 31, of no fixed abode, are each charged with burglary.",
            [("Cal Orrin", 28), ("Tod Wicks", 24), ("Mara Quell", 31)],
        ),
        (
            "Tod Wicks, 24, of Gorse Lane, Harlow Bridge; and Mara Quell, 31, of Kiln Road, "
            "Upper Fen, are charged with theft.",
            [("Tod Wicks", 24), ("Mara Quell", 31)],
        ),
        # near miss: a person named after a semicolon with no address before is still named
        (
            "Tod Wicks, 24, is charged with theft; Mara Quell, 31, is charged with handling "
            "stolen goods.",
            [("Tod Wicks", 24), ("Mara Quell", 31)],
        ),
    ],
)
def test_the_town_closing_an_item_names_no_one(text: str, expected: list) -> None:
    assert suspects_of(text) == Counter(expected)
