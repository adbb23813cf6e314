"""Guilt admitted with when or where told between the verb and the charge ("admitted guilt in
August to a single count of theft", "admitted guilt on Monday in federal court to two counts
of fraud") is a plea to that charge, as "pleaded guilty in August to" is; an admission that is
no guilt admitted ("admitted in an interview to ...") is none. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ronan Vance admitted guilt in August to a single count of theft.",
            {("Ronan Vance", "theft", "convicted")},
        ),
        (
            "Kira Mott admitted guilt on Monday in federal court to two counts of fraud.",
            {("Kira Mott", "fraud", "convicted")},
        ),
        (
            "Lena Osei admitted guilt last week to a count of burglary.",
            {("Lena Osei", "burglary", "convicted")},
        ),
        # near miss: something admitted, no guilt
        (
            "Ronan Vance admitted in an interview to a count of theft he was never charged with.",
            set(),
        ),
    ],
)
def test_guilt_admitted_with_time_between(text: str, expected: set) -> None:
    assert charges_of(text) == expected
