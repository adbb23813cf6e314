"""An outcome told by a charge's short name and then of each charge it heads, named fully,
is one outcome of those charges ("dismissed the two arson counts ... the counts of arson of an
occupied dwelling and arson of a vehicle were dismissed": two dropped charges, no third
"arson"); not where the fuller charge is another offence ("conspiracy to commit arson";
extraction/charge_identity.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Colm Birt, 35, was charged in March. A judge dismissed the two arson counts "
            "against Birt on Tuesday. The counts of arson of an occupied dwelling and arson of "
            "a vehicle were dismissed after a hearing.",
            {
                ("Colm Birt", "arson of an occupied dwelling", "dropped"),
                ("Colm Birt", "arson of a vehicle", "dropped"),
            },
        ),
        (
            "Ann Kolb, 51, was charged in May. Prosecutors dropped the fraud charges against "
            "her on Monday: the charges of fraud by false representation and fraud by abuse "
            "of position were dropped at the hearing.",
            {
                ("Ann Kolb", "fraud by false representation", "dropped"),
                ("Ann Kolb", "fraud by abuse of position", "dropped"),
            },
        ),
        # Near miss: a charge of its own that holds the short name is no fuller form of it.
        (
            "Ada Quill, 44, pleaded guilty to arson. She also pleaded guilty to conspiracy to "
            "commit arson.",
            {
                ("Ada Quill", "arson", "convicted"),
                ("Ada Quill", "conspiracy to commit arson", "convicted"),
            },
        ),
    ],
)
def test_outcome_told_short_then_fully(text: str, expected: set) -> None:
    assert charges_of(text) == expected
