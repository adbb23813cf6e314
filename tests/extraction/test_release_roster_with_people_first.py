"""A police release's roster of the arrested, introduced with the people first ("The
following individuals were arrested at the residence:") over unbulleted lines whose charges
follow a dash in capitals ("Rod Tate, 19, of Akron - Burglary (F2), two counts; Receiving
Stolen Property (F5)", "Ann Lee, age 24, of Akron - ..."): each line's charges are its
person's. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_LEAD = "Detectives executed a search warrant at a residence on Tuesday.\n\n"


@pytest.mark.parametrize(
    "roster",
    [
        "The following individuals were arrested at the residence:\n\n"
        "Rod Tate, 19, of Akron - Burglary (F2), two counts; Receiving Stolen Property (F5)\n\n"
        "Ann Lee, age 24, of Akron - Receiving Stolen Property (F5)\n\n"
        "Both were transported to the county jail.",
        "These people were charged Tuesday:\n\n"
        "Rod Tate, 19, of Akron - burglary, receiving stolen property\n\n"
        "Ann Lee, 24, of Akron - receiving stolen property\n",
    ],
)
def test_each_line_of_the_roster_is_charged(roster: str) -> None:
    assert charges_of(_LEAD + roster) == {
        ("Rod Tate", "burglary", "filed"),
        ("Rod Tate", "receiving stolen property", "filed"),
        ("Ann Lee", "receiving stolen property", "filed"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a lead-in of people not taken in; lines of witnesses with no charges
        _LEAD + "The following individuals were interviewed at the residence:\n\n"
        "Rod Tate, 19, of Akron - Witness\n\nAnn Lee, age 24, of Akron - Neighbour\n",
    ],
)
def test_no_charges_where_no_one_is_charged(text: str) -> None:
    assert charges_of(text) == set()
