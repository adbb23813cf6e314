""" "In that case" refers back to the matter the sentence before told: an earlier matter's
after a sentence of one, this case's after a sentence of this case that names it as one known
("waived his preliminary hearing in the assault case ... He is charged in that case with
battery and robbery"; extraction/context.py) or tells its harm. With no case or harm named
before, it stays an earlier matter's, as it was."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_LEAD = "Cal Voss, 36, is charged in a new case with two counts of bail jumping. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "Voss waived his preliminary hearing in the assault case on April 17 and was "
            "bound over for trial. He is charged in that case with battery and robbery.",
            {
                ("Cal Voss", "bail jumping", "filed"),
                ("Cal Voss", "battery", "filed"),
                ("Cal Voss", "robbery", "filed"),
            },
        ),
        (
            "Three people were hurt in the June 2 shooting. In that case Cal Voss, 19, faces "
            "two counts of aggravated battery.",
            {("Cal Voss", "aggravated battery", "filed")},
        ),
        # Near miss: after a sentence of an earlier matter, that matter's charges.
        (
            _LEAD + "Voss was previously convicted of burglary in 2015. He was also charged in "
            "that case with trespassing.",
            {("Cal Voss", "bail jumping", "filed")},
        ),
    ],
)
def test_in_that_case_is_the_matter_told_before(text: str, expected: set) -> None:
    assert charges_of(text) == expected
