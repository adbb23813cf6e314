"""Prosecutors who abandon a charge drop it, as those who withdraw it do ("abandoned their gun
charge against him", "abandons the two theft counts"); one who abandoned a child did the act
of an offence, no charge dropped. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

CHARGED = "Idris Tolliver, 41, was charged with burglary and a gun charge. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CHARGED + "Once Harlan County prosecutors abandoned their gun charge against "
            "Tolliver, deputies took him to Marlow.",
            {("Idris Tolliver", "burglary", "filed"), ("Idris Tolliver", "gun charge", "dropped")},
        ),
        (
            "Idris Tolliver, 41, was charged with two counts of theft. The state abandoned the "
            "two theft counts on Friday.",
            {("Idris Tolliver", "theft", "dropped")},
        ),
        # near miss: a child abandoned, no charge given up
        (
            CHARGED + "Police say Tolliver abandoned the child in a parked car.",
            {("Idris Tolliver", "burglary", "filed"), ("Idris Tolliver", "gun charge", "filed")},
        ),
    ],
)
def test_a_charge_abandoned_is_dropped(text: str, expected: set) -> None:
    assert charges_of(text) == expected
