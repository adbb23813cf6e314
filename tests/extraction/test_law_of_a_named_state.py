"""The law in general, told as a named state's ("Under Georgia law, a juvenile charged with
certain violent felonies can be transferred"), charges no one, as "Under state law" does not.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    "text",
    [
        "Bo Tran, 18, is charged with robbery. Under Marlowe law, a juvenile 13 or older charged "
        "with certain violent felonies can be transferred to Superior Court.",
        "Bo Tran, 18, is charged with robbery. Under New Elmland law, a juvenile charged with "
        "murder can be tried as an adult.",
        "Bo Tran, 18, is charged with robbery. Under state law, a juvenile charged with murder "
        "can be tried as an adult.",
    ],
)  # fmt: skip
def test_only_the_case_charge(text: str) -> None:
    assert charges_of(text) == {("Bo Tran", "robbery", "filed")}


def test_a_charge_of_the_case_after_the_law() -> None:
    text = (
        "Under Marlowe law, a juvenile may be tried as an adult. Bo Tran, 16, is charged with "
        "murder."
    )
    assert charges_of(text) == {("Bo Tran", "murder", "filed")}
