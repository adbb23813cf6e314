"""One the report describes and tells unharmed is an unharmed victim: in her own sentence ("A
54-year-old woman was also inside the home but was not physically injured"), or by the
pronoun after a sentence where she told of the threat to herself ("after a woman said three
men pointed a pistol at her ... She was not hurt"). The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three men forced their way into a house and assaulted a 61-year-old man. A "
            "49-year-old woman was also inside the home but was not physically injured. A "
            "22-year-old man was arrested.",
            [(None, 49, "unharmed"), (None, 61, "injured")],
        ),
        (
            "Officers were called to a petrol station after a woman said two men pointed a knife "
            "at her and took her car. She was not hurt. Police arrested Cal Dunne, 19.",
            [(None, None, "unharmed")],
        ),
        # near misses: the accused told unhurt; a woman who only reported the crime, then a
        # man told unhurt
        (
            "Three men assaulted a 61-year-old man. A 22-year-old man was arrested at the scene "
            "but was not injured.",
            [(None, 61, "injured")],
        ),
        (
            "A woman said she heard shots and called police. He was not hurt. Police arrested Cal "
            "Dunne, 19, after he shot at a car.",
            [],
        ),
    ],
)
def test_one_described_told_unharmed_is_a_victim(
    text: str, expected: list[tuple[str | None, int | None, str]]
) -> None:
    assert victims_of(text) == expected
