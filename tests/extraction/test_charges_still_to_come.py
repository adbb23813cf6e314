"""Charges still to come, as police and prosecutors word them: a warrant to be sought
("will seek a warrant charging her with arson"), a release "pending formal charges of", and
charges forwarded to the office that files them, whose name ends before "to the county
attorney". The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

LEAD = "Delia Marsk, 40, was arrested Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Detectives will seek a warrant charging her with arson.",
            {("Delia Marsk", "arson", "expected")},
        ),
        (
            "She was later released pending formal charges of assault.",
            {("Delia Marsk", "assault", "expected")},
        ),
        (
            "Police will forward charges of theft to the county attorney.",
            {("Delia Marsk", "theft", "expected")},
        ),
        (
            "Police will forward charges of theft and forgery to the Kessler County "
            "Attorney's Office.",
            {("Delia Marsk", "theft", "expected"), ("Delia Marsk", "forgery", "expected")},
        ),
        # A warrant served is a charge filed.
        (
            "She was booked on a warrant charging her with arson.",
            {("Delia Marsk", "arson", "filed")},
        ),
        # The police's own future: "we will be charging her with", not "we are charging".
        (
            '"We will be charging Ms. Marsk with arson," the chief said.',
            {("Delia Marsk", "arson", "expected")},
        ),
        (
            '"We are charging Ms. Marsk with arson," the chief said.',
            {("Delia Marsk", "arson", "filed")},
        ),
    ],
)
def test_charges_still_to_come(text: str, expected: set) -> None:
    assert charges_of(LEAD + text) == expected
