"""Charge lists joined by a comma and "as well as", "in addition to" or "along with": the
joining words open no charge's name, and a count told after them ("as well as a
misdemeanor count of resisting arrest") is a charge. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reid Colter, 41, faces charges of fleeing police, as well as driving without a "
            "license.",
            {"fleeing police", "driving without a license"},
        ),
        (
            "Reid Colter, 41, faces charges of fleeing police, as well as a misdemeanor count "
            "of resisting arrest.",
            {"fleeing police", "resisting arrest"},
        ),
        (
            "Reid Colter, 41, was charged with burglary, along with theft and trespassing.",
            {"burglary", "theft", "trespassing"},
        ),
        (
            "Reid Colter, 41, was charged with burglary, in addition to a count of theft.",
            {"burglary", "theft"},
        ),
        # A companion joined so is no charge.
        ("Reid Colter, 41, was charged with burglary along with his brother.", {"burglary"}),
    ],
)
def test_lists_joined_by_as_well_as(text: str, expected: set) -> None:
    assert charges_of(text) == {("Reid Colter", c, "filed") for c in expected}
