"""A charge replaced by another in a relative clause after it ("second-degree murder, which
was later reduced to manslaughter": dropped), and a subject whose verb an adverb of time
opens ("originally faced a charge of"), the new charge being his. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cory Massa, 30, was charged with second-degree murder, which was later reduced "
            "to manslaughter.",
            {
                ("Cory Massa", "second-degree murder", "dropped"),
                ("Cory Massa", "manslaughter", "filed"),
            },
        ),
        (
            "Cory Massa, 30, originally faced a charge of second-degree murder, which was "
            "later reduced to manslaughter.",
            {
                ("Cory Massa", "second-degree murder", "dropped"),
                ("Cory Massa", "manslaughter", "filed"),
            },
        ),
        # The clause's charge is of the one the charge it follows is of.
        (
            "Cory Massa, 30, faced a charge of aggravated assault, which was later upgraded "
            "to attempted murder.",
            {
                ("Cory Massa", "aggravated assault", "dropped"),
                ("Cory Massa", "attempted murder", "filed"),
            },
        ),
        (
            "Cory Massa, 30, was initially charged with aggravated assault.",
            {("Cory Massa", "aggravated assault", "filed")},
        ),
        # A charge a judge dismissed in such a clause is dropped too.
        (
            "Cory Massa, 30, was charged with arson, which a judge later dismissed.",
            {("Cory Massa", "arson", "dropped")},
        ),
    ],
)
def test_charges_replaced_in_a_clause(text: str, expected: set) -> None:
    assert charges_of(text) == expected
