"""Charges police put to prosecutors ("requesting that the prosecutor authorize charges against
Bo Tran of burglary", "Charges of theft are being sought against Ann Lee") are expected, not
filed. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputies arrested Bo Tran, 31, on Monday. The sheriff is requesting that the county "
         "prosecutor authorize charges against Tran of home invasion (six counts), receiving "
         "stolen firearms, and felony firearm.",
         {("Bo Tran", "home invasion", "expected"), ("Bo Tran", "receiving stolen firearms",
          "expected"), ("Bo Tran", "felony firearm", "expected")}),
        ("Deputies arrested Ann Lee, 27, on Monday. Charges of receiving stolen property valued "
         "at more than $1,000 are being sought against Ann Lee.",
         {("Ann Lee", "receiving stolen property", "expected")}),
        # Approved by prosecutors: filed.
        ("Deputies arrested Bo Tran, 31, on Monday. The prosecutor authorized charges against "
         "Tran of home invasion and burglary.",
         {("Bo Tran", "home invasion", "filed"), ("Bo Tran", "burglary", "filed")}),
    ],
)  # fmt: skip
def test_charges_put_to_prosecutors(text: str, expected: set) -> None:
    assert charges_of(text) == expected


def test_a_request_of_the_court_is_no_charge_put() -> None:
    text = (
        "Deputies arrested Ann Lee, 27, on Monday. Her lawyer requested that the judge lower her "
        "bond. She is charged with burglary."
    )
    assert charges_of(text) == {("Ann Lee", "burglary", "filed")}
