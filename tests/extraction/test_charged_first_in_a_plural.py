""" "First" between a verb of being and the participle of custody or a charge ("Both were
first charged", "was first arrested") leaves the cue said of its subject, as "initially" and
"originally" do. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sisters, Mira Dovan, 24, and Tesa Dovan, 27, were found at a motel. Both were "
            "first charged with robbery.",
            {("Mira Dovan", "robbery", "filed"), ("Tesa Dovan", "robbery", "filed")},
        ),
        (
            "Rona Velt, 30, and Piet Ostrand, 33, were seen on a camera. The two were first "
            "charged with burglary.",
            {("Rona Velt", "burglary", "filed"), ("Piet Ostrand", "burglary", "filed")},
        ),
        # near miss: "first" before a verb that is no cue leaves no one charged
        (
            "The sisters, Mira Dovan, 24, and Tesa Dovan, 27, were found at a motel. Both were "
            "first seen on a camera near the bank.",
            set(),
        ),
    ],
)
def test_first_before_the_participle_keeps_the_cue(text: str, expected: set) -> None:
    assert charges_of(text) == expected
