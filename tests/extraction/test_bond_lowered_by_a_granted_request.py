"""A request to lower a bond that the court granted ("granted a request to lower the $2
million bond to $500,000", "agreed to reduce his bail") lowers it: the sum told after "to" is
reduced, and the bond told before it was set; a request denied, or only made, lowers nothing.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

LEAD = "Bo Tran, 30, was charged with murder. "


@pytest.mark.parametrize(
    "sentence",
    [
        "A judge granted a request to lower the $2 million bond to $500,000.",
        "A judge granted the defense motion to reduce his $2 million bond to $500,000.",
        "A judge agreed to lower the $2 million bond to $500,000.",
        "A judge reduced the $2 million bond to $500,000.",
    ],
)
def test_granted_request_lowers_the_bond(sentence: str) -> None:
    bonds = bonds_of(LEAD + sentence)
    assert ("Bo Tran", 500000, "reduced") in bonds
    assert ("Bo Tran", 2000000, "set") in bonds
    assert ("Bo Tran", 2000000, "reduced") not in bonds


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: nothing lowered
        "A judge denied a request to lower the $2 million bond to $500,000.",
        "His lawyer asked the judge to lower the $2 million bond to $500,000.",
    ],
)
def test_request_not_granted_lowers_nothing(sentence: str) -> None:
    assert not {b for b in bonds_of(LEAD + sentence) if b[2] == "reduced"}
