"""An allegation told by its counts is a charge: "are each accused of a single count of
murder", "stands accused of two felony counts of theft"; an allegation told by a deed ("is
accused of killing her son") names no charge. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mira Dovan, 28, and Piet Ostrand, 25, are each accused of a single count of "
            "murder and a single count of torture in the death of a boy.",
            {
                ("Mira Dovan", "murder", "filed"),
                ("Mira Dovan", "torture", "filed"),
                ("Piet Ostrand", "murder", "filed"),
                ("Piet Ostrand", "torture", "filed"),
            },
        ),
        (
            "Kel Ashbury, 40, stands accused of two felony counts of theft.",
            {("Kel Ashbury", "theft", "filed")},
        ),
        (
            "Prosecutors say Rona Velt, 31, is accused of three counts of fraud and one count "
            "of forgery.",
            {("Rona Velt", "fraud", "filed"), ("Rona Velt", "forgery", "filed")},
        ),
        # near misses: a deed, or a single thing that is no count
        ("Mira Dovan, 28, is accused of killing her neighbor.", set()),
        ("Piet Ostrand, 25, was accused of a single act of cruelty.", set()),
    ],
)
def test_an_allegation_told_by_its_counts_is_a_charge(text: str, expected: set) -> None:
    assert charges_of(text) == expected
