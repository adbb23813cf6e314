"""A charge of several substances ("possession of cocaine and heroin") is one charge: a
substance alone names no offence (extraction/offences.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lu Arroyo, 41, is charged with possession of cocaine and heroin.",
            {"possession of cocaine and heroin"},
        ),
        (
            "Lu Arroyo, 41, is charged with conspiracy to distribute methamphetamine and "
            "fentanyl, and money laundering.",
            {"conspiracy to distribute methamphetamine and fentanyl", "money laundering"},
        ),
        (
            "Lu Arroyo, 41, is charged with possession of heroin, cocaine and fentanyl, and theft.",
            {"possession of heroin, cocaine and fentanyl", "theft"},
        ),
        # Near miss: an offence after the substance is a charge of its own.
        (
            "Lu Arroyo, 41, is charged with possession of cocaine and burglary.",
            {"possession of cocaine", "burglary"},
        ),
    ],
)
def test_a_charge_of_several_substances_is_one(text: str, expected: set) -> None:
    assert {charge for _, charge, _ in charges_of(text)} == expected
