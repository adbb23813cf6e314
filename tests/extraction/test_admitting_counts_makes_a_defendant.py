"""Admitting counts or guilt ("admitted two counts of arson", "admitted a single count of
fraud", "admitted guilt") is a plea in other words: the one who admits is a defendant, and a
term told next of "each" or "both" is theirs. Admitting people to a place or a club is not.
The sentences are written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of, terms_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nell Ostrow and Piet Varga each admitted three counts of burglary. Each was given "
            "four years' probation.",
            {("Nell Ostrow", "probation", 4), ("Piet Varga", "probation", 4)},
        ),
        (
            "Nell Ostrow and Piet Varga admitted a single count of fraud on Monday. Both were "
            "given two years of probation.",
            {("Nell Ostrow", "probation", 2), ("Piet Varga", "probation", 2)},
        ),
        (
            "Nell Ostrow admitted guilt in March. She was given four years' probation.",
            {("Nell Ostrow", "probation", 4)},
        ),
    ],
)
def test_a_term_after_admitted_counts_is_the_admitters(text: str, expected: set) -> None:
    assert terms_of(text) == expected


def test_admitting_counts_names_the_defendants() -> None:
    text = "Nell Ostrow and Piet Varga each admitted two counts of theft in court."
    assert suspects_of(text) == Counter({("Nell Ostrow", None): 1, ("Piet Varga", None): 1})


def test_admitting_members_names_no_defendant() -> None:
    # near miss: admitting people to a club is no plea
    text = "Nell Ostrow admitted two new members to the rowing club on Monday."
    assert suspects_of(text) == Counter()
