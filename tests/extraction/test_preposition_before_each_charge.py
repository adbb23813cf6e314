"""A list of charges may say its preposition before every item, the last one after "and"
("convicted of theft, of fraud and of arson", "pleas on two counts of assault, on burglary
and on arson"): each item is a charge, as in "of theft and of arson". A comma before a clause
of another kind ("with bond set at $500") starts no item. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_LEDE = "Police arrested Mira Kovac, 36, on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEDE + "A jury convicted Kovac of stalking, of burglary and of arson.",
            {
                ("Mira Kovac", "stalking", "convicted"),
                ("Mira Kovac", "burglary", "convicted"),
                ("Mira Kovac", "arson", "convicted"),
            },
        ),
        (
            _LEDE + "Kovac entered guilty pleas on two counts of assault, on criminal mischief "
            "(two counts) and on resisting arrest.",
            {
                ("Mira Kovac", "assault", "convicted"),
                ("Mira Kovac", "criminal mischief", "convicted"),
                ("Mira Kovac", "resisting arrest", "convicted"),
            },
        ),
        (
            _LEDE + "Kovac was charged with forgery, with identity theft, with fraud and with "
            "perjury.",
            {
                ("Mira Kovac", "forgery", "filed"),
                ("Mira Kovac", "identity theft", "filed"),
                ("Mira Kovac", "fraud", "filed"),
                ("Mira Kovac", "perjury", "filed"),
            },
        ),
        # near miss: the comma opens a clause about the bond, not one more charge
        (
            _LEDE + "Kovac was charged with forgery, with bond set at $500, and with a curfew.",
            {("Mira Kovac", "forgery", "filed")},
        ),
    ],
)
def test_a_preposition_said_before_each_charge(
    text: str, expected: set[tuple[str | None, str, str]]
) -> None:
    assert charges_of(text) == expected
