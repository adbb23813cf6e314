"""A verdict on "all three murders" convicts of the offence counted after "all", as one on
"three murders" does ("convicted him of all four robberies" is robbery); "all three counts"
is an outcome of the charges told before, no offence of its own. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

TRIED = "Quillon Haverty, 55, stood trial in Norcastle. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            TRIED + "A jury convicted Haverty, 55, of all three murders, and of arson for "
            "setting his neighbor's shed alight.",
            {("Quillon Haverty", "murder", "convicted"), ("Quillon Haverty", "arson", "convicted")},
        ),
        (
            TRIED + "Jurors found Haverty guilty of all four robberies on Friday.",
            {("Quillon Haverty", "robbery", "convicted")},
        ),
        # near miss: all the counts, an outcome of the charges named before
        (
            "Quillon Haverty, 55, was charged with burglary and theft. A jury convicted him of "
            "all two counts.",
            {
                ("Quillon Haverty", "burglary", "convicted"),
                ("Quillon Haverty", "theft", "convicted"),
            },
        ),
    ],
)
def test_all_counted_offences(text: str, expected: set) -> None:
    assert charges_of(text) == expected
