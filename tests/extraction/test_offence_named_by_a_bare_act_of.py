"""An act named with "of" and no "the" before it, on a class of thing ("burning of a building",
as a code names the offence in a list of charges), is the offence's name; "the burning of a
restaurant", or the burning of a business the report names, tells the deed, no offence. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        (
            "Ifem Oka, 41, was arraigned on charges of arson of a dwelling house, burning of a "
            "building and malicious destruction of property.",
            {
                ("Ifem Oka", "arson of a dwelling house", "filed"),
                ("Ifem Oka", "burning of a building", "filed"),
                ("Ifem Oka", "malicious destruction of property", "filed"),
            },
        ),
        (
            "Ifem Oka, 41, was charged with burning of a building and arson.",
            {("Ifem Oka", "burning of a building", "filed"), ("Ifem Oka", "arson", "filed")},
        ),
        # Near misses: a particular fire, told with "the" or by the business's name.
        (
            "Ifem Oka, 41, was charged with arson in the burning of a restaurant on Main Street.",
            {("Ifem Oka", "arson", "filed")},
        ),
        (
            "Ifem Oka, 41, was charged with arson and burning of a Dexter's Diner.",
            {("Ifem Oka", "arson", "filed")},
        ),
    ],
)
def test_offence_named_by_a_bare_act_of(text: str, charges: set) -> None:
    assert charges_of(text) == charges
