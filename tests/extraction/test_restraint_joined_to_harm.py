"""A victim told restrained and then harmed ("was tied up and beaten", "was bound and
stabbed") is injured: the harm joined to the restraint tells the outcome, not the restraint. So does the
taker's next act told of the one taken by a pronoun ("kidnapping a driver and beating her with
a gun", "abducted a girl and then assaulted her", "... and killing him").
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


def _outcomes(text: str) -> set[tuple]:
    return {(f["description"], f["outcome"]) for f in facts_of("VictimReported", text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was charged after a 76-year-old woman was tied up and beaten in her home.",
            {("76-year-old woman", "injured")},
        ),
        (
            "A man was charged after a 76-year-old woman was bound and stabbed in her home.",
            {("76-year-old woman", "injured")},
        ),
        (
            "Rafe Dunmore, 39, was sentenced for kidnapping a delivery driver and beating her "
            "with a bat last spring.",
            {("delivery driver", "injured")},
        ),
        (
            "Rafe Dunmore, 39, was charged with abducting a teenage girl and then assaulting her.",
            {("teenage girl", "injured")},
        ),
        (
            "Rafe Dunmore, 39, was charged with kidnapping a delivery driver and killing him.",
            {("delivery driver", "killed")},
        ),
        # near misses: a restraint joined to a taking tells no harm, nor does a next act that
        # harms no one
        (
            "A man was charged after a 76-year-old woman was tied up and robbed in her home.",
            {("76-year-old woman", "unharmed")},
        ),
        (
            "Rafe Dunmore, 39, was charged with kidnapping a delivery driver and driving him "
            "to Belen.",
            {("delivery driver", "unharmed")},
        ),
    ],
)
def test_restraint_joined_to_harm(text: str, expected: set) -> None:
    assert _outcomes(text) == expected
