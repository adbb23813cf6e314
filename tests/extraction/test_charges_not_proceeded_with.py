"""Charges told "not proceeded with", as an Irish or British prosecution drops counts ("Charges
of arson against both men were not proceeded with by the State"), are dropped; charges told
"proceeded with" go on. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

NAMED = "Ivo Brannick (24) and Teodor Szala (30) were jailed on Friday for burglary. "


@pytest.mark.parametrize(
    "later",
    [
        "Charges of arson against both men were not proceeded with by the State.",
        "Charges of arson against each of them were not proceeded with.",
    ],
)
def test_charges_not_proceeded_with_are_dropped(later: str) -> None:
    found = charges_of(NAMED + later)
    assert ("Ivo Brannick", "arson", "dropped") in found
    assert ("Teodor Szala", "arson", "dropped") in found


def test_charges_proceeded_with_are_not_dropped() -> None:
    later = "Charges of arson against both men were proceeded with in the Circuit Court."
    assert all(status != "dropped" for _, _, status in charges_of(NAMED + later))
