"""The charges a bond is set on, named before their noun ("$400,000 on the murder charge and
$50,000 on the burglary charges"), are charges filed against the one held. A sum set on
charges the sentence does not name ("on each of the counts") names none. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

ARREST = "Marek Ilves, 36, was arrested in June. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ARREST + "Ilves's bonds were set at $400,000 on the murder charge and $50,000 on "
            "the burglary charges.",
            {("Marek Ilves", "murder", "filed"), ("Marek Ilves", "burglary", "filed")},
        ),
        (
            ARREST + "A judge set his bail at $75,000 on aggravated battery with a deadly weapon "
            "counts.",
            {("Marek Ilves", "aggravated battery with a deadly weapon", "filed")},
        ),
        (
            ARREST + "He is held on bond of $20,000 on a felony theft charge.",
            {("Marek Ilves", "felony theft", "filed")},
        ),
        # Near miss: the sum is set on counts the sentence does not name.
        (
            ARREST + "Bail was set at $5,000 on each of the counts.",
            set(),
        ),
    ],
)
def test_charges_a_bond_is_set_on(text: str, expected: set) -> None:
    assert charges_of(text) == expected
