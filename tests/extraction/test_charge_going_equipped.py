""" "Going equipped", as British theft law names an offence, is a charge's head
(extraction/offence_heads.py): "one count of going equipped for theft", "going equipped to
steal"; being equipped for something else is none."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rob Vance, aged 19, of no fixed abode, has been charged with six counts of "
            "burglary and one count of going equipped for theft.",
            {
                ("Rob Vance", "burglary", "filed"),
                ("Rob Vance", "going equipped for theft", "filed"),
            },
        ),
        (
            "Rob Vance, 19, was charged with going equipped to steal.",
            {("Rob Vance", "going equipped to steal", "filed")},
        ),
        # Near miss: equipped, in what is told of him.
        (
            "Rob Vance, 19, was charged with burglary after officers found him equipped with "
            "gloves.",
            {("Rob Vance", "burglary", "filed")},
        ),
    ],
)
def test_going_equipped_is_a_charge(text: str, expected: set) -> None:
    assert charges_of(text) == expected
