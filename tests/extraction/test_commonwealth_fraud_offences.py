"""Offences Commonwealth codes name by the verb of the act: "dishonestly obtain financial
advantage by deception", "obtaining property by deception", "deal with proceeds of crime" are
charges as "fraud" is; "a plea deal" and "after obtaining a loan" name none. Every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee, 47, was charged with 12 counts of dishonestly obtain financial advantage "
            "by deception and deal with proceeds of crime.",
            {
                ("Ann Lee", "dishonestly obtain financial advantage by deception", "filed"),
                ("Ann Lee", "deal with proceeds of crime", "filed"),
            },
        ),
        (
            "Ann Lee, 47, pleaded guilty to nine counts of dishonestly obtaining a financial "
            "advantage by deception.",
            {
                (
                    "Ann Lee",
                    "dishonestly obtaining a financial advantage by deception",
                    "convicted",
                )
            },
        ),
        (
            "Bo Tran, 30, was charged with obtaining property by deception.",
            {("Bo Tran", "obtaining property by deception", "filed")},
        ),
        # near misses: what is done around the charge is no offence
        (
            "Ann Lee, 47, was charged with theft after obtaining a loan from the bank.",
            {("Ann Lee", "theft", "filed")},
        ),
        (
            "Ann Lee, 47, was charged with fraud as part of a plea deal with prosecutors.",
            {("Ann Lee", "fraud", "filed")},
        ),
    ],
)
def test_offences_named_by_the_verb_of_the_act(text: str, expected: set) -> None:
    assert charges_of(text) == expected
