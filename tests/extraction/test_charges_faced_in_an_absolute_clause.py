"""Charges told in a clause of "facing" after the names ("indicted the couple, with Ann Lee
and Bo Tran facing robbery counts") are the charges, with no "facing" in their names: the
verb of facing charges is no modifier of an offence, in any of its forms. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        (
            "A grand jury indicted the pair, with Wes Harlan, 30, and Ida Moor, 28, facing "
            "robbery counts.",
            {("Wes Harlan", "robbery", "filed"), ("Ida Moor", "robbery", "filed")},
        ),
        (
            "Wes Harlan, 30, and Ida Moor, 28, were indicted, with Wes Harlan and Ida Moor "
            "facing arson and burglary counts.",
            {
                ("Wes Harlan", "arson", "filed"),
                ("Wes Harlan", "burglary", "filed"),
                ("Ida Moor", "arson", "filed"),
                ("Ida Moor", "burglary", "filed"),
            },
        ),
        (
            "Two were held: Wes Harlan, 30, facing burglary charges; Ida Moor, 28, facing "
            "theft charges.",
            {("Wes Harlan", "burglary", "filed"), ("Ida Moor", "theft", "filed")},
        ),
        # Near misses: the charges told with the verb before them, as before.
        (
            "Wes Harlan, 30, facing a count of arson, was released.",
            {("Wes Harlan", "arson", "filed")},
        ),
        ("Wes Harlan, 30, faced robbery counts.", {("Wes Harlan", "robbery", "filed")}),
    ],
)
def test_charges_faced_in_an_absolute_clause(text: str, charges: set) -> None:
    assert charges_of(text) == charges
