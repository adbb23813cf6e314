"""The counts a judge holds for court after a preliminary hearing, as Pennsylvania courts tell
it, are the defendant's charges, filed ("Judge Carl Ness held counts of theft and forgery for
court"; extraction/charge_cues.py, charge_people.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_LEAD = "Ann Kolb, 58, was arrested Feb. 28 and sat beside her attorney at a preliminary hearing. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "At its close, Judge Carl Ness held counts of theft by deception, tampering "
            "with records and forgery for court.",
            {
                ("Ann Kolb", "theft by deception", "filed"),
                ("Ann Kolb", "tampering with records", "filed"),
                ("Ann Kolb", "forgery", "filed"),
            },
        ),
        # Near misses: a hearing held, and counts held over to no court.
        (_LEAD + "Judge Carl Ness held the hearing for court staff in his chambers.", set()),
        (_LEAD + "Judge Carl Ness held a hearing on counts of forgery.", set()),
    ],
)
def test_counts_held_for_court_are_filed(text: str, expected: set) -> None:
    assert charges_of(text) == expected
