"""An offence built on a demand, as Irish and British codes name it ("demanding money with
menaces", "demanding payment with menaces"), is a charge, its "menaces" kept plural as the
code words it; a demand told outside a charge is none. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "Lorcan Tighe (33), of Ballyvane, was charged with demanding money with menaces.",
            "demanding money with menaces",
        ),
        (
            "Lorcan Tighe (33) appeared in court charged with false imprisonment and demanding "
            "payment with menaces.",
            "demanding payment with menaces",
        ),
        (
            "Lorcan Tighe, 33, faces a charge of demanding money with menaces.",
            "demanding money with menaces",
        ),
    ],
)
def test_a_demand_with_menaces_is_a_charge(text: str, charge: str) -> None:
    assert ("Lorcan Tighe", charge, "filed") in charges_of(text)


def test_a_demand_outside_a_charge_is_none() -> None:
    text = "Lorcan Tighe (33) was arrested after demanding money from a shopkeeper."
    assert charges_of(text) == set()
