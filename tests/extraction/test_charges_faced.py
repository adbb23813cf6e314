"""Charges told in the past ("faced charges of murder and robbery") make the one who faced
them the accused, so a later outcome of one of them ("The robbery charge was dropped") is
his, not an unnamed other's. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, suspects_of


@pytest.mark.parametrize(
    "then",
    ["Prosecutors later dropped the robbery charge.", "The robbery charge was dropped."],
)
def test_a_charge_faced_then_dropped(then: str) -> None:
    text = f"Omar Vell, 30, faced charges of murder and robbery. {then}"
    assert charges_of(text) == {
        ("Omar Vell", "murder", "filed"),
        ("Omar Vell", "robbery", "dropped"),
    }
    assert suspects_of(text) == {("Omar Vell", 30): 1}


def test_years_of_abuse_faced_are_no_charge() -> None:
    # near miss: "faced" of a hardship, not of a charge
    text = (
        "Ann Lee faced years of abuse before she fled, her sister said. Omar Vell, 30, is "
        "charged with assault."
    )
    assert suspects_of(text) == {("Omar Vell", 30): 1}
