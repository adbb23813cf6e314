"""An outcome told again of another subject by a verb that stands in for the one before
("Bo Tran pleaded guilty to arson, and Ida Pell did the same on counts of theft", "Ida Pell
followed suit on a charge of fraud") gives its charges the status the clause before gave
(extraction/charge_verdict_cues.py, charge_status.py): convicted after a guilty plea, filed
after a not-guilty one. With no charge named after it, no charge is read."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bo Tran, 32, pleaded guilty to arson, and Ida Pell, 30, did the same on counts of "
            "theft and fraud.",
            {
                ("Bo Tran", "arson", "convicted"),
                ("Ida Pell", "theft", "convicted"),
                ("Ida Pell", "fraud", "convicted"),
            },
        ),
        (
            "Bo Tran, 32, pleaded not guilty to arson, and Ida Pell, 30, did likewise on a "
            "theft charge.",
            {("Bo Tran", "arson", "filed"), ("Ida Pell", "theft", "filed")},
        ),
        (
            "Bo Tran, 32, pleaded no contest to arson. Ida Pell, 30, followed suit on a charge "
            "of theft.",
            {("Bo Tran", "arson", "convicted"), ("Ida Pell", "theft", "convicted")},
        ),
        # Near miss: nothing named after the stand-in verb.
        (
            "Bo Tran, 32, pleaded guilty to arson, and Ida Pell, 30, did the same.",
            {("Bo Tran", "arson", "convicted")},
        ),
    ],
)
def test_an_outcome_told_again(text: str, expected: set) -> None:
    assert charges_of(text) == expected


def test_no_outcome_before_reads_none() -> None:
    text = "Ida Pell, 30, did the same on a charge of theft after her arrest."
    assert charges_of(text) == set()
