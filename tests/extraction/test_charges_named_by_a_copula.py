"""Charges named as what they are, with the clause that tells whose they are between the noun
and its verb ("the charges he faces are", "Among the counts Bo Tran now faces are", "Among the
charges filed against her were", "Of the 21 counts he faces, nine are"): the list after the
verb is the person's. Not where the verb is followed by what the charges are like. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivo Marsh, 30, was arrested Monday. Among the counts Marsh now faces are "
            "burglary, theft and criminal mischief.",
            {
                ("Ivo Marsh", "burglary", "filed"),
                ("Ivo Marsh", "theft", "filed"),
                ("Ivo Marsh", "criminal mischief", "filed"),
            },
        ),
        (
            "Ivo Marsh, 30, was arrested Monday. The charges he faces are burglary and theft.",
            {("Ivo Marsh", "burglary", "filed"), ("Ivo Marsh", "theft", "filed")},
        ),
        (
            "Ivo Marsh, 30, was arrested Monday. The most serious charge he faces is attempted "
            "murder.",
            {("Ivo Marsh", "attempted murder", "filed")},
        ),
        (
            "Ivo Marsh, 30, was arrested Monday. Among the charges filed against him were "
            "burglary and theft.",
            {("Ivo Marsh", "burglary", "filed"), ("Ivo Marsh", "theft", "filed")},
        ),
        (
            "Ivo Marsh, 30, was indicted in June. Of the 21 counts he faces, nine are "
            "aggravated murder.",
            {("Ivo Marsh", "aggravated murder", "filed")},
        ),
        (
            "Ivo Marsh, 30, was indicted in June. Of the charges Marsh faces, the most serious "
            "is arson.",
            {("Ivo Marsh", "arson", "filed")},
        ),
        # Near misses: what the charges are like, or what becomes of them, names none.
        ("Ivo Marsh, 30, was indicted in June. Of the charges he faces, two are felonies.", set()),
        (
            "Ivo Marsh, 30, was indicted in June. Of the charges he faces, none were dropped.",
            set(),
        ),
        (
            "Ivo Marsh, 30, was arrested Monday. The charges he faces are serious, his lawyer "
            "said.",
            set(),
        ),
        (
            "Ivo Marsh, 30, was arrested Monday. The charges he faces are expected to be upgraded.",
            set(),
        ),
    ],
)
def test_charges_named_by_a_copula(text: str, expected: set) -> None:
    assert charges_of(text) == expected
