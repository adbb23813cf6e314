"""A bond revoked and replaced in one clause: the amount told as posted is posted and revoked,
the new one set ("revoked the $5,000 cash bond Cal Voss posted April 10 and set a new cash bond
of $25,000"; extraction/bond_reading.py, bond_words.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

_LEAD = "Cal Voss, 36, is charged with battery. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "Judge Ann Hale revoked the $5,000 cash bond Voss posted April 10 and set a "
            "new cash bond of $25,000.",
            {
                ("Cal Voss", 5000, "posted"),
                ("Cal Voss", 5000, "revoked"),
                ("Cal Voss", 25000, "set"),
            },
        ),
        (
            _LEAD + "Judge Ann Hale revoked his $5,000 bond and set a new bond of $25,000.",
            {("Cal Voss", 5000, "set"), ("Cal Voss", 5000, "revoked"), ("Cal Voss", 25000, "set")},
        ),
        # Near miss: a bond revoked alone was set before, and no more.
        (
            _LEAD + "Judge Ann Hale revoked his $5,000 bond.",
            {("Cal Voss", 5000, "set"), ("Cal Voss", 5000, "revoked")},
        ),
    ],
)
def test_a_bond_revoked_and_replaced(text: str, expected: set) -> None:
    assert bonds_of(text) == expected
