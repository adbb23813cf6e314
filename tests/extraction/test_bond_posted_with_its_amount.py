"""Posting a bond told with its amount ("posted his $75,000 bond") is said only of a defendant,
as "posted bond" is. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of, suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men were charged in the robbery. Cy Dale Orr, a 19-year-old Marlow man, posted his "
         "$75,000 bond late last week.", {("Cy Dale Orr", 75000, "posted")}),
        ("Two men were charged in the robbery. Bo Tran posted a $5,000 cash bond on Friday.",
         {("Bo Tran", 5000, "posted")}),
    ],
)  # fmt: skip
def test_bond_posted_with_its_amount(text: str, expected: set) -> None:
    assert bonds_of(text) == expected
    # (the other of the two charged, never named, is an unnamed co-suspect)
    assert {name for name, _ in suspects_of(text)} == {p for p, _, _ in expected} | {None}
