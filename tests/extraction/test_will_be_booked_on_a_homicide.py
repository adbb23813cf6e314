"""A driver in hospital who "will be booked into the county jail on two counts of vehicular
homicide once he is released" is to be charged in the crash's deaths: one link, expected to be
charged, for each of the dead; booking to come on no homicide ties no one. Every sentence here
is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import link_relations_of

LEAD = (
    "Two people were killed early Sunday when a pickup driving the wrong way crashed into "
    "their car, the State Patrol said. The pickup's driver was taken to a hospital with "
    "serious injuries. The patrol identified him as Bo Tran. The medical examiner identified "
    "the victims as Ann Lee, 22, and Cy Hall, 21. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "A trooper said Tran will be booked into the Marlow County Jail on two counts of "
        "vehicular homicide once he is released from the hospital.",
        "Tran will be booked on two counts of vehicular homicide when he leaves the hospital.",
    ],
)
def test_booking_to_come_on_homicide(sentence: str) -> None:
    assert link_relations_of(LEAD + sentence) == [
        ("Bo Tran", "expected to be charged", "Ann Lee"),
        ("Bo Tran", "expected to be charged", "Cy Hall"),
    ]


def test_booking_to_come_on_no_homicide() -> None:
    # near miss: the booking to come names no homicide
    text = LEAD + "Tran will be booked into the county jail on a DUI charge once released."
    assert not any(
        relation == "expected to be charged" for _, relation, _ in link_relations_of(text)
    )
