""" "Strangulation and suffocation" is one offence, as Wisconsin's code names it, not two
(extraction/offences.py); other pairs joined by "and" stay two charges."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cal Voss, 36, faces felony charges of strangulation and suffocation and "
            "substantial battery.",
            {
                ("Cal Voss", "strangulation and suffocation", "filed"),
                ("Cal Voss", "substantial battery", "filed"),
            },
        ),
        (
            "Cal Voss, 36, pleaded no contest to strangulation and suffocation and one count "
            "of bail jumping.",
            {
                ("Cal Voss", "strangulation and suffocation", "convicted"),
                ("Cal Voss", "bail jumping", "convicted"),
            },
        ),
        # Near miss: two offences joined by "and".
        (
            "Cal Voss, 36, is charged with strangulation and false imprisonment.",
            {("Cal Voss", "strangulation", "filed"), ("Cal Voss", "false imprisonment", "filed")},
        ),
    ],
)
def test_strangulation_and_suffocation_is_one_offence(text: str, expected: set) -> None:
    assert charges_of(text) == expected
