"""A victim told by where she was and then described in apposition ("A passenger in his
truck, a 24-year-old woman, suffered minor injuries": extraction/victim_phrases.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of

CHARGED = "Brad Sells, 29, was charged with driving while intoxicated. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A passenger in his truck, a 24-year-old woman, suffered minor injuries.",
            [(None, None, "injured")],
        ),
        (
            "A man inside the store, a 60-year-old clerk, was shot in the arm.",
            [(None, None, "injured")],
        ),
        # Near miss: the one placed and described is said unhurt.
        (
            "A passenger in his truck, a 24-year-old woman, was not hurt.",
            [(None, None, "unharmed")],
        ),
    ],
)
def test_a_victim_placed_then_described(sentence: str, expected: list) -> None:
    assert victims_of(CHARGED + sentence) == expected
