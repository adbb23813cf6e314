"""Custody told with the force as the subject: the force named with its town ("Police in
Dover have detained a man"), or the booking told by who made it ("Officers booked Bo Tran
into the county jail"). On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrests_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police in Dover have detained a 19-year-old man on suspicion of murder after a "
            "stabbing in Elm Park.",
            {(None, None, False)},
        ),
        (
            "Officers booked Ida Crane into the Harwick County Jail early Saturday. Crane faces "
            "a charge of vehicular manslaughter.",
            {("Ida Crane", "2024-03-09", False)},
        ),
        (
            "Deputies booked Ida Crane, 45, into the county detention center on Monday on a "
            "charge of robbery.",
            {("Ida Crane", "2024-03-11", False)},
        ),
        # near misses: a booked trip, a force that said something of someone detained
        (
            "Ida Crane booked a flight to Denver on Monday, police said. She is charged with "
            "fraud.",
            set(),
        ),
        (
            "Police in Dover said a shop worker detained a 19-year-old man until officers "
            "arrived. Ida Crane was arrested on a charge of theft.",
            {("Ida Crane", None, False)},
        ),
    ],
)
def test_custody_told_by_the_force(text: str, expected: set) -> None:
    assert arrests_of(text) == expected
