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


# The means an offence is named by, after "by" ("trafficking by force, fraud, or coercion"),
# are one charge's name, not charges of their own; an offence named after such a means is
# still a charge of its own ("by deception, forgery and fraud").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reid Colter, 41, is charged with labor trafficking by force, fraud, or coercion "
            "and money laundering.",
            {"labor trafficking by force, fraud, or coercion", "money laundering"},
        ),
        (
            "Reid Colter, 41, is charged with conspiracy to commit labor trafficking by force, "
            "threats, and coercion, conspiracy to commit wire fraud, and visa fraud.",
            {
                "conspiracy to commit labor trafficking by force, threats, and coercion",
                "conspiracy to commit wire fraud",
                "visa fraud",
            },
        ),
        (
            "Reid Colter, 41, is charged with theft by deception, forgery and fraud.",
            {"theft by deception", "forgery", "fraud"},
        ),
        (
            "Reid Colter, 41, is charged with robbery by force, kidnapping and arson.",
            {"robbery by force", "kidnapping", "arson"},
        ),
    ],
)
def test_means_of_an_offence_after_by(text: str, expected: set) -> None:
    assert charges_of(text) == {("Reid Colter", c, "filed") for c in expected}
