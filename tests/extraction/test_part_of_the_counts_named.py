"""A part of the counts named after them ("faces 21 counts, nine of them for aggravated
murder", "12 charges, three of which are robbery") names a charge; a part told by what it is
("nine of them felonies", "two of them juveniles") names none. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rafe Lindqvist faces 21 counts in connection with the fire, nine of them for arson.",
            {("Rafe Lindqvist", "arson", "filed")},
        ),
        (
            "Noor Abernathy, 38, faces 12 charges, three of which are forgery.",
            {("Noor Abernathy", "forgery", "filed")},
        ),
        (
            "Rafe Lindqvist was indicted on 14 counts, most of them counts of wire fraud.",
            {("Rafe Lindqvist", "wire fraud", "filed")},
        ),
    ],
)
def test_part_of_the_counts_named(text: str, expected: set) -> None:
    assert charges_of(text) == expected


def test_near_miss_part_told_by_its_grade() -> None:
    assert charges_of("Rafe Lindqvist faces 21 counts, nine of them felonies.") == set()
