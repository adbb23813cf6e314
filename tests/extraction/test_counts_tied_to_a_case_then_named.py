"""Counts told with what they are tied to, then named ("faces 21 counts tied to the shooting,
among them nine counts of murder", "12 counts related to the robbery, among them burglary and
theft") name those charges: the clause about the case ends no list that goes on. A charge told
with what it is tied to keeps its own name only. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


def _charges(text: str) -> set[str]:
    return {f["charge"] for f in facts_of("ChargeFiled", text)}


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        (
            "Bo Tran faces 21 counts tied to the shooting, among them nine counts of aggravated "
            "first-degree murder.",
            {"aggravated first-degree murder"},
        ),
        (
            "Bo Tran faces 12 counts related to the robbery, among them burglary and theft.",
            {"burglary", "theft"},
        ),
        (
            "Ida Marsh faces eight counts linked to the fraud, including forgery.",
            {"forgery"},
        ),
    ],
)
def test_counts_tied_to_a_case_then_named(text: str, charges: set[str]) -> None:
    assert _charges(text) == charges


def test_charge_tied_to_a_case_keeps_its_own_name() -> None:
    # near miss: what follows "including" is a death, no charge
    text = "Bo Tran was charged with murder tied to the shooting, including the death of Ann Lee."
    assert _charges(text) == {"murder"}
