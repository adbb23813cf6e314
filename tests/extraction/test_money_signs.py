"""A negative or malformed dollar amount is refused, never read as some other amount: a
minus sign is not dropped ("-$500,000" is not a $500,000 bond), and digits grouped wrongly
("$5,00,0") are not read as $5,000. A range's hyphen ("$5,000-$10,000") is not a minus."""

from __future__ import annotations

import pytest

from casefile.extraction.money import find_money
from tests.extraction.test_rules import facts_of


@pytest.mark.parametrize(
    ("sentence", "amounts"),
    [
        ("He is held on a -$500,000 bond.", []),
        ("-$75,000 was the bond.", []),
        ("Bond was listed as (\u2212$20,000).", []),
        ("Bond was set at $5,00,0 in error.", []),
        ("Bond was set at $50,00.", []),
        ("He is held on a $500,000 bond.", [500_000]),
        ("Bonds of $5,000-$10,000 are usual.", [5_000, 10_000]),
        ("Bond was set at $250,000, police said.", [250_000]),
        ("Bond was set at $7500.", [7_500]),
    ],
)
def test_a_negative_or_malformed_amount_is_not_an_amount(sentence: str, amounts: list[int]):
    assert [m.amount for m in find_money(sentence)] == amounts


@pytest.mark.parametrize(
    "text",
    [
        "Omar Reyes was charged with robbery. He is held on a -$500,000 bond.",
        "Omar Reyes was charged with robbery. His bond was set at $5,00,0.",
    ],
)
def test_no_bond_is_stored_from_a_negative_or_malformed_amount(text: str):
    assert facts_of("BondSet", text) == []
