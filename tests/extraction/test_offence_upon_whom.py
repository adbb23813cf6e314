"""An offence named by the injury inflicted ("infliction of great bodily injury upon a child")
is a charge, and "upon" goes on with the one a code names an offence against ("battery upon a
law enforcement officer"), as "on a child" does; "upon his release" is no part of a name. On
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("sentence", "charges"),
    [
        (
            "Rolf Dane, 29, is charged with infliction of great bodily injury upon a child and "
            "unlawful conduct toward a child.",
            {"infliction of great bodily injury upon a child", "unlawful conduct toward a child"},
        ),
        (
            "Rolf Dane, 29, is charged with battery upon a law enforcement officer.",
            {"battery upon a law enforcement officer"},
        ),
        # near miss: what "upon" tells of the accused, not whom the offence is against
        (
            "Rolf Dane, 29, was charged with robbery upon his release from jail.",
            {"robbery"},
        ),
    ],
)
def test_offence_upon_whom(sentence: str, charges: set[str]) -> None:
    assert {charge for _, charge, _ in charges_of(sentence)} == charges
