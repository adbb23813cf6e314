"""A clause of what was done next, opened by "then" or "later" after a charge ("faced an
assault charge, then resisted arrest", "while facing murder charges, then evaded capture")
is no further offence of the list, even where its verb is an offence's head. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hale Brisco, 33, faced an assault charge, then resisted arrest.",
            {"assault"},
        ),
        (
            "A man who fled jail while facing four murder charges, then evaded capture for a "
            "week, has admitted the killings.",
            {"murder"},
        ),
        (
            "Marit Solberg, who was charged with theft, later eluded police for a month.",
            {"theft"},
        ),
        (
            "Corbin Ashe was charged with burglary, subsequently escaped from custody.",
            {"burglary"},
        ),
    ],
)
def test_next_deed_is_no_charge(text: str, expected: set[str]) -> None:
    assert {charge for _, charge, _ in charges_of(text)} == expected


def test_near_miss_offence_in_the_list() -> None:
    text = "Hale Brisco, 33, was charged with theft and evading arrest."
    assert {charge for _, charge, _ in charges_of(text)} == {"theft", "evading arrest"}
