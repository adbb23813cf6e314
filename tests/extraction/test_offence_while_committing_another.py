"""A charge whose name holds the offence another is done in, named by its class ("using a
firearm while committing a felony", "possessing a weapon while engaged in a felony
offense"), is one name; a "while" that tells the deed's moment ("while out on bail", "while
visiting his mother") ends it. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        (
            "Cal Dorrin, 30, is held on counts including malicious wounding and using a "
            "firearm while committing a felony.",
            {
                ("Cal Dorrin", "malicious wounding", "filed"),
                ("Cal Dorrin", "using a firearm while committing a felony", "filed"),
            },
        ),
        (
            "Cal Dorrin, 30, was charged with possessing a weapon while engaged in a felony "
            "offense.",
            {("Cal Dorrin", "possessing a weapon while engaged in a felony offense", "filed")},
        ),
        (
            "Cal Dorrin, 30, was charged with discharging a firearm while in the commission "
            "of a crime.",
            {("Cal Dorrin", "discharging a firearm while in the commission of a crime", "filed")},
        ),
        # Near misses: the moment of the deed, no offence's class.
        (
            "Cal Dorrin, 30, was charged with robbery while out on bail.",
            {("Cal Dorrin", "robbery", "filed")},
        ),
        (
            "Cal Dorrin, 30, was charged with assault while visiting his mother.",
            {("Cal Dorrin", "assault", "filed")},
        ),
    ],
)
def test_offence_while_committing_another(text: str, charges: set) -> None:
    assert charges_of(text) == charges
