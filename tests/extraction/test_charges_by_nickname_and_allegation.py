"""A charging paper's verb with a nickname in the name ('charges Hector "Tito" Alvarado with'),
and charges told as a clause of what was alleged ("indicted on charges they distributed
fentanyl"), which names no offence. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    "text",
    [
        'The indictment charges Omar "Tito" Vell, 44, of Dover, with distribution of fentanyl.',
        'Police charged Omar "Tito" Vell with distribution of fentanyl.',
    ],
)
def test_a_nickname_inside_the_name_charged(text: str) -> None:
    assert charges_of(text) == {('Omar "Tito" Vell', "distribution of fentanyl", "filed")}


@pytest.mark.parametrize(
    "lead",
    [
        "Eight people were indicted on charges they distributed heroin and fentanyl across "
        "two counties. ",
        "Eight people were indicted on charges that they sold heroin and fentanyl in Dover. ",
    ],
)
def test_an_allegation_told_as_a_clause_names_no_charge(lead: str) -> None:
    text = lead + "The indictment charges Omar Vell, 44, with conspiracy to distribute heroin."
    assert charges_of(text) == {("Omar Vell", "conspiracy to distribute heroin", "filed")}


@pytest.mark.parametrize(
    ("listed", "expected"),
    [
        (
            "one count of production of child pornography and one count of possession of child "
            "pornography",
            {"production of child pornography", "possession of child pornography"},
        ),
        ("producing methamphetamine", {"producing methamphetamine"}),
    ],
)
def test_an_offence_named_by_production(listed: str, expected: set) -> None:
    text = f"Omar Vell, 34, was arrested in October. He is charged with {listed}."
    assert {charge for _, charge, _ in charges_of(text)} == expected
