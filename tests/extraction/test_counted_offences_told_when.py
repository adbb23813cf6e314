"""Offences counted in the plural may be followed by a clause of when or where they were
done, opened by a participle ("two murders spread over six years", "burglaries committed
across two counties"): the offence is named, the clause is no part of its name. A singular
offence's words after it stay as they are. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        (
            "A jury convicted Pell Ardent, 52, of two murders spread over six years.",
            {("Pell Ardent", "murder", "convicted")},
        ),
        (
            "Pell Ardent, 52, is charged with four burglaries committed over two summers.",
            {("Pell Ardent", "burglary", "filed")},
        ),
        (
            "Pell Ardent, 52, was found guilty of two robberies carried out in 2019.",
            {("Pell Ardent", "robbery", "convicted")},
        ),
        (
            "Pell Ardent, 52, was convicted of three robberies spanning a decade.",
            {("Pell Ardent", "robbery", "convicted")},
        ),
        # Near misses: a singular offence, and a count's own name.
        (
            "Pell Ardent, 52, is charged with robbery committed with a knife.",
            {("Pell Ardent", "robbery committed with a knife", "filed")},
        ),
        (
            "Pell Ardent, 52, is charged with three counts of unlawful wounding.",
            {("Pell Ardent", "unlawful wounding", "filed")},
        ),
    ],
)
def test_counted_offences_told_when(text: str, charges: set) -> None:
    assert charges_of(text) == charges
