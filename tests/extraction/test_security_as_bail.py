"""Security set for a defendant at a sum, as Oregon courts name bail ("A judge set his security
at $75,000", "His security was set at $50,000"), is a bond set; a security guard paid, or a
bank's security, is none. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

ARRAIGNED = "Bo Tran, 30, was arraigned Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A judge set his security at $75,000.", {("Bo Tran", 75000, "set")}),
        ("His security was set at $50,000.", {("Bo Tran", 50000, "set")}),
        # near misses: security that is no bail
        ("The store's security guard was paid $500.", set()),
        ("The bank set its security at $500 per transfer.", set()),
    ],
)
def test_security_set_as_bail(text: str, expected: set) -> None:
    assert bonds_of(ARRAIGNED + text) == expected
