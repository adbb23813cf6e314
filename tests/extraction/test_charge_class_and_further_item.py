"""A code's class before an offence ("Class A felony burglary", "a Class 2 felony count of
theft") is part of how it is named, not a reason to drop it; "failure to appear and a charge
of reckless driving" is two charges, not one. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

WHO = "Nils Abernathy, 30, "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            WHO + "was charged with Class A felony burglary.",
            {("Nils Abernathy", "class a felony burglary", "filed")},
        ),
        (
            WHO + "was charged with a Class 2 felony count of burglary.",
            {("Nils Abernathy", "burglary", "filed")},
        ),
        (
            WHO + "was arrested on a warrant for failure to appear and a charge of reckless "
            "driving.",
            {
                ("Nils Abernathy", "failure to appear", "filed"),
                ("Nils Abernathy", "reckless driving", "filed"),
            },
        ),
        # Near miss: two verbs of one offence stay one charge.
        (
            WHO + "was charged with conspiracy to possess and distribute cocaine.",
            {("Nils Abernathy", "conspiracy to possess and distribute cocaine", "filed")},
        ),
        # Near miss: a class of something else is no offence.
        (WHO + "was charged after a class action lawsuit was filed.", set()),
    ],
)
def test_charge_class_and_further_item(text: str, expected: set) -> None:
    assert charges_of(text) == expected
