"""A generational suffix ("Jr.", "Sr.") names a son named for his father, or that father:
the report's words make its bearer a man, so "the father" or "he" can mean him over a
suspect of no told gender. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        (
            "Gil Rowan Jr., 30, and Tess Amory, 28, were charged with murder in the death of "
            "their son. The father faces additional counts of robbery and arson.",
            {
                ("Gil Rowan Jr.", "murder", "filed"),
                ("Tess Amory", "murder", "filed"),
                ("Gil Rowan Jr.", "robbery", "filed"),
                ("Gil Rowan Jr.", "arson", "filed"),
            },
        ),
        (
            "Gil Rowan Sr., 58, and Tess Amory, 28, were charged with burglary. The man also "
            "faces a count of arson.",
            {
                ("Gil Rowan Sr.", "burglary", "filed"),
                ("Tess Amory", "burglary", "filed"),
                ("Gil Rowan Sr.", "arson", "filed"),
            },
        ),
    ],
)
def test_generational_suffix_tells_a_man(text: str, charges: set) -> None:
    assert charges_of(text) == charges
