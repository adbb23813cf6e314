"""Counts or pleas a sentence tells without naming them ("guilty on three counts.", "pleaded
guilty Friday.") are named by the next sentence when its subject stands for them ("They were
A, B and C.", "The pleas covered A and B.", "The counts are A and B."), with the status of the
first. A pronoun opening the next sentence stands for counts only when they were told by
number. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A jury found Ivo Marsh, 30, guilty on three counts. They were burglary, theft "
            "and criminal mischief.",
            {
                ("Ivo Marsh", "burglary", "convicted"),
                ("Ivo Marsh", "theft", "convicted"),
                ("Ivo Marsh", "criminal mischief", "convicted"),
            },
        ),
        (
            "Ivo Marsh, 30, pleaded guilty Friday. The pleas covered burglary and theft, as "
            "well as criminal mischief.",
            {
                ("Ivo Marsh", "burglary", "convicted"),
                ("Ivo Marsh", "theft", "convicted"),
                ("Ivo Marsh", "criminal mischief", "convicted"),
            },
        ),
        (
            "Ivo Marsh, 30, was charged with two felony counts. The counts are arson and burglary.",
            {("Ivo Marsh", "arson", "filed"), ("Ivo Marsh", "burglary", "filed")},
        ),
        (
            "Ivo Marsh, 30, pleaded no contest. The plea was to burglary.",
            {("Ivo Marsh", "burglary", "convicted")},
        ),
        # Near misses: the next sentence's subject is people, not counts.
        ("Ivo Marsh, 30, pleaded guilty on Monday. They were taken to jail.", set()),
        (
            "Ivo Marsh, 30, and Ana Ruiz, 28, were charged on Monday. They were released on bail.",
            set(),
        ),
    ],
)
def test_counts_named_in_the_next_sentence(text: str, expected: set) -> None:
    assert charges_of(text) == expected
