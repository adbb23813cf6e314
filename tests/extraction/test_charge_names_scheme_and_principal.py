"""Offences a code names by a scheme or by taking part as a principal ("organized scheme to
defraud", "principal to grand theft") are charges' names, whatever follows their head. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bo Tran, 31, was charged with exploitation of an elderly person, organized scheme to "
         "defraud and grand theft.",
         ["exploitation of an elderly person", "grand theft", "organized scheme to defraud"]),
        ("Bo Tran, 31, is charged with scheme to defraud and principal to grand theft.",
         ["principal to grand theft", "scheme to defraud"]),
    ],
)  # fmt: skip
def test_named(text: str, expected: list) -> None:
    assert sorted(c for _, c, _ in charges_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bo Tran, 31, is charged with theft as part of a scheme to sell stolen cars.",
        "Bo Tran, 31, is charged with theft. The principal of the school said she was shocked.",
    ],
)  # fmt: skip
def test_no_more_than_theft(text: str) -> None:
    assert sorted(c for _, c, _ in charges_of(text)) == ["theft"]
