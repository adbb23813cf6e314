"""Two offences joined by "and" where the first is named by its object and its act ("child
endangering and permitting drug abuse", extraction/offences.py), and the day of the case's
harm told in a clause of its own after the charge ("charged after her neighbor was stabbed on
April 28", earlier.py): harm months before it is another incident's."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, victims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kia Moss, 24, was charged with child endangering and permitting drug abuse.",
            {
                ("Kia Moss", "child endangering", "filed"),
                ("Kia Moss", "permitting drug abuse", "filed"),
            },
        ),
        # Near miss: two acts of one object stay one offence.
        (
            "Kia Moss, 24, was charged with receiving and concealing stolen property.",
            {("Kia Moss", "receiving and concealing stolen property", "filed")},
        ),
    ],
)
def test_an_offence_named_by_its_object_ends_at_and(text: str, expected: set) -> None:
    assert charges_of(text) == expected


def test_harm_months_before_the_case_s_dated_harm_is_another_incident_s() -> None:
    text = (
        "Kia Moss, 24, was arrested Monday and charged with assault after her neighbor was "
        "stabbed on Feb. 28. In October, a 1-year-old girl died after ingesting fentanyl at an "
        "apartment on Elm Street."
    )
    assert victims_of(text) == [(None, None, "injured")]
