"""A bond revoked with its sum told, and the accused then ordered held without bond ("revoked
the $50,000 bond he had been held on, ordering him held without bond until sentencing"), is
revoked, and bond is denied from then on, as it is when no sum is told. A revocation with no
word of holding him without bond denies nothing. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of


@pytest.mark.parametrize(
    "text",
    [
        "Kell Orrin, 27, was convicted of neglect on Friday. The judge revoked the $50,000 "
        "bond he had been held on since a hearing last fall, ordering him held without bond "
        "until sentencing.",
        "Kell Orrin, 27, was arrested again on Monday. A judge revoked his $50,000 bail and "
        "ordered him held without bail.",
        "Kell Orrin, 27, was back in court Tuesday, where Judge Ama Reyes revoked his $50,000 "
        "bond and ordered him jailed without bond pending trial.",
    ],
)
def test_revoked_then_held_without_bond(text: str) -> None:
    bonds = bonds_of(text)
    assert ("Kell Orrin", 50000, "revoked") in bonds
    assert ("Kell Orrin", None, "denied") in bonds


def test_a_revocation_alone_denies_nothing() -> None:
    text = "Kell Orrin, 27, was arrested again on Monday. A judge revoked his $50,000 bail."
    bonds = bonds_of(text)
    assert ("Kell Orrin", 50000, "revoked") in bonds
    assert ("Kell Orrin", None, "denied") not in bonds
