"""A date with its month cut short between a charge's verb and its charges ("pleaded guilty
Nov. 6 to", "was charged Sept. 3 with", "entered a guilty plea Dec. 2 to") is inside the
clause: the month's period ends nothing. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Cy Orr pleaded guilty Nov. 6 to arson.", "convicted"),
        ("Cy Orr entered guilty pleas Dec. 2 to arson.", "convicted"),
        ("Cy Orr was charged Sept. 3 with arson.", "filed"),
        ("A jury found Cy Orr guilty Feb. 14 of arson.", "convicted"),
    ],
)
def test_short_month_between_verb_and_charge(sentence: str, status: str) -> None:
    assert charges_of(sentence) == {("Cy Orr", "arson", status)}


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the period ends a sentence, or the month's day closes the clause
        "Cy Orr was arrested in Nov. Arson charges against a neighbor were dropped.",
        "Cy Orr pleaded guilty on Nov. 6. Arson was not among the charges.",
    ],
)
def test_period_that_ends_a_sentence_still_ends_it(text: str) -> None:
    assert not any(person == "Cy Orr" for person, _, _ in charges_of(text))
