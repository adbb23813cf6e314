""" "Admitted to" an offence in a sentence that sets it in court ("At a hearing Monday, Bo Tran
admitted to second-degree robbery", "admitted to felony theft in circuit court") is a plea:
the offence is convicted (extraction/charge_verdict_cues.py). Not an admission to police, a
confession of an act ("admitted to stealing"), a hospital stay, or one told outside court."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At a hearing Monday, Bo Tran, 31, admitted to second-degree robbery and arson.",
            {("Bo Tran", "second-degree robbery", "convicted"), ("Bo Tran", "arson", "convicted")},
        ),
        (
            "At a court hearing Friday, Bo T. Tran Jr. admitted to arson, a TV station reported.",
            {("Bo T. Tran Jr.", "arson", "convicted")},
        ),
        (
            "Bo Tran, 31, admitted to felony theft in Dane County Circuit Court on Monday.",
            {("Bo Tran", "felony theft", "convicted")},
        ),
        (
            "During a court hearing, Bo Tran, 31, admitted to two counts of burglary.",
            {("Bo Tran", "burglary", "convicted")},
        ),
        # Near misses: no plea in court.
        ("Bo Tran, 31, admitted to police that he stole the car.", set()),
        ("At the hearing, a detective said Bo Tran, 31, admitted to stealing the car.", set()),
        ("Bo Tran, 31, was admitted to the hospital after the court hearing.", set()),
        (
            "Bo Tran, 31, was charged with theft. He admitted to arson in an interview with "
            "detectives.",
            {("Bo Tran", "theft", "filed")},
        ),
    ],
)
def test_admitted_to_an_offence_in_court(text: str, expected: set) -> None:
    assert charges_of(text) == expected
