"""A month's name or its short form written without a period between a given name and a
surname is a middle name ("Lars Jan Okafor", "Rhea June Halloran"): a date's month has a day
or a year after it, never another name's word. The sentences are written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputies arrested Lars Jan Okafor at a motel. Okafor, 44, was charged with robbery.",
            {("Lars Jan Okafor", 44): 1},
        ),
        (
            "A jury convicted Rhea June Halloran of arson on Tuesday. Halloran is 52.",
            {("Rhea June Halloran", 52): 1},
        ),
        (
            "Police said Tomasz Dec Brandt, 30, was charged with burglary.",
            {("Tomasz Dec Brandt", 30): 1},
        ),
        (
            "In 2019 Ivo Mar Castellano stood before a judge. Castellano, 61, was arrested "
            "again on Monday.",
            {("Ivo Mar Castellano", 61): 1},
        ),
        # near misses: a month with its day after a name, a weekday after a name
        (
            "Officers arrested Lars Okafor Jan 15 in Dayton. Okafor, 44, was charged.",
            {("Lars Okafor", 44): 1},
        ),
        (
            "Deputies arrested Rhea Halloran Friday. Halloran, 52, was charged with arson.",
            {("Rhea Halloran", 52): 1},
        ),
    ],
)
def test_a_month_word_between_names_is_a_middle_name(
    text: str, expected: dict[tuple[str | None, int | None], int]
) -> None:
    assert suspects_of(text) == Counter(expected)
