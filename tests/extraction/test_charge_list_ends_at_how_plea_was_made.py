"""A charge's name ends where the report tells how the plea or verdict came ("admitted arson
through a no contest plea", "convicted of burglary by way of a guilty plea"): the way is no part
of the offence. A code's own "through" stays ("obtaining property through deception"). On
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


def _charges(text: str) -> set[str]:
    return {f["charge"] for f in facts_of("ChargeFiled", text)}


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        (
            "Nell Ashby, 30, admitted manslaughter and arson through a no contest plea.",
            {"manslaughter", "arson"},
        ),
        (
            "Roy Dunn, 41, was convicted of burglary by way of a guilty plea on Monday.",
            {"burglary"},
        ),
        ("Nell Ashby, 30, admitted theft via an Alford plea last week.", {"theft"}),
    ],
)
def test_charge_name_ends_before_how_the_plea_came(text: str, charges: set[str]) -> None:
    assert _charges(text) == charges


def test_a_codes_own_through_stays() -> None:
    # near miss: "through deception" is part of the offence's name
    text = "Nell Ashby, 30, pleaded guilty to obtaining property through deception."
    assert _charges(text) == {"obtaining property through deception"}
