"""Charges named before the noun that is the subject of a passive filing ("Arson and burglary
charges were filed against Bo Tran", "Theft and fraud counts have been lodged against him")
are charges (extraction/charge_cues.py), as "Charges of arson were filed against him" are; and
"against each of them", "against both" gives them to every suspect (charge_groups.py). A
filing whose subject names no offence ("Several charges", "No charges", "The charges") reads
none."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_TWO = "Bo Tran, 31, and Ida Pell, 29, were arrested Friday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _TWO + "Arson and burglary charges were filed against Tran on Monday.",
            {("Bo Tran", "arson", "filed"), ("Bo Tran", "burglary", "filed")},
        ),
        (
            "Bo Tran, 31, was arrested Friday. Felony theft and fraud counts have been lodged "
            "against him.",
            {("Bo Tran", "felony theft", "filed"), ("Bo Tran", "fraud", "filed")},
        ),
        (
            _TWO + "Murder and robbery counts, one apiece, have been filed against each of them.",
            {
                ("Bo Tran", "murder", "filed"),
                ("Bo Tran", "robbery", "filed"),
                ("Ida Pell", "murder", "filed"),
                ("Ida Pell", "robbery", "filed"),
            },
        ),
        (
            _TWO + "Kidnapping charges were brought against both.",
            {("Bo Tran", "kidnapping", "filed"), ("Ida Pell", "kidnapping", "filed")},
        ),
    ],
)
def test_charges_named_before_the_filing(text: str, expected: set) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: the subject names no offence.
        "Bo Tran, 31, was arrested Friday. Several charges were filed against him.",
        "Bo Tran, 31, was arrested Friday. No charges were filed against him.",
        "Bo Tran, 31, was arrested Friday. The charges were filed against him Monday.",
        "Bo Tran, 31, was arrested Friday. Federal charges were filed against him.",
    ],
)
def test_a_filing_naming_no_offence_reads_none(text: str) -> None:
    assert charges_of(text) == set()
