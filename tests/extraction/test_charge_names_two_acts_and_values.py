"""An offence a code names by two acts of one object ("receiving and concealing stolen
property") is one charge, and so is one graded by the value's bounds ("between $1,000 and
$20,000", "valued at $1,000 or more but less than $20,000"); an offence named by its act alone
("kidnapping and robbing a man") is still two. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


def _names(text: str) -> list[str]:
    return sorted(charge for _, charge, _ in charges_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bo Tran, 31, is charged with receiving and concealing stolen property between $1,000 "
         "and $20,000.", ["receiving and concealing stolen property between $1,000 and $20,000"]),
        ("Bo Tran, 31, is charged with receiving and concealing stolen property valued at $1,000 "
         "or more but less than $20,000.",
         ["receiving and concealing stolen property valued at $1,000 or more but less than "
          "$20,000"]),
        ("Bo Tran, 31, faces one count of receiving and concealing a stolen firearm and one "
         "count of felony firearm.", ["felony firearm", "receiving and concealing a stolen firearm"]),
        ("Ann Lee, 27, pleaded guilty to attempted receiving and concealing stolen property.",
         ["attempted receiving and concealing stolen property"]),
        ("Bo Tran, 31, is charged with theft of property between $1,000 and $20,000.",
         ["theft of property between $1,000 and $20,000"]),
    ],
)  # fmt: skip
def test_one_offence(text: str, expected: list) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bo Tran, 31, is charged with kidnapping and stalking.", ["kidnapping", "stalking"]),
        ("Bo Tran, 31, is charged with speeding and reckless driving.",
         ["reckless driving", "speeding"]),
        ("Bo Tran, 31, is charged with theft of a car valued at $20,000.", ["theft of a car"]),
        ("Bo Tran, 31, is charged with theft but not with robbery.", ["theft"]),
        # The second act takes its own object: two offences.
        ("The jury convicted Ann Lee of theft by unlawful taking and tampering with records.",
         ["tampering with records", "theft by unlawful taking"]),
    ],
)  # fmt: skip
def test_still_apart(text: str, expected: list) -> None:
    assert _names(text) == expected
