"""Having a blade in public is an offence British law names by the blade ("having a knife in a
public place", "having a bladed article"), a charge as "having an offensive weapon" is; a knife
attack or fight the charge is over names no offence. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bo Tran, 30, was charged with wounding with intent and having a knife in a public "
            "place.",
            {
                ("Bo Tran", "wounding with intent", "filed"),
                ("Bo Tran", "having a knife in a public place", "filed"),
            },
        ),
        (
            "Bo Tran, 30, was charged with having a bladed article in a public place.",
            {("Bo Tran", "having a bladed article in a public place", "filed")},
        ),
        # near misses: the event a charge is over
        ("Bo Tran, 30, was charged over a knife attack in the town centre.", set()),
        (
            "Bo Tran, 30, was charged with murder after a knife fight.",
            {("Bo Tran", "murder", "filed")},
        ),
    ],
)
def test_a_blade_had_in_public(text: str, expected: set) -> None:
    assert charges_of(text) == expected
