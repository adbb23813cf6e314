"""A place with an abbreviated word in its name ("the St. Louis County Courthouse", "the Mt.
Vernon jail") between a verb of custody or court and the charges after "on" is read across, as
an initial is ("the David L. Moss Center"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Judge Ines Varga arraigned Cato Brill on Friday at the St. Albans County "
            "Courthouse on two counts: burglary and theft.",
            {("Cato Brill", "burglary", "filed"), ("Cato Brill", "theft", "filed")},
        ),
        (
            "Mira Castellane, 27, was booked into the Mt. Ossory jail on burglary and arson "
            "charges.",
            {("Mira Castellane", "burglary", "filed"), ("Mira Castellane", "arson", "filed")},
        ),
        (
            "Cato Brill was held overnight at the Ft. Garnet detention center on three counts "
            "of robbery.",
            {("Cato Brill", "robbery", "filed")},
        ),
    ],
)
def test_charges_read_across_an_abbreviated_place(text: str, expected: set) -> None:
    assert charges_of(text) == expected
