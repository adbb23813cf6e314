"""Counts that are the subject of their dismissal, named after a colon ("two counts had been
dismissed: burglary and theft", "Three charges were dropped: ..."), are dropped; a colon
after which no offence is named drops none. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

CHARGED = "Ivo Penrose, 30, was charged with burglary, theft and arson. "


@pytest.mark.parametrize(
    "text",
    [
        CHARGED + "On Tuesday, two counts had been dismissed: burglary and theft.",
        CHARGED + "Two counts were quietly dropped: burglary and theft.",
        CHARGED + "By the end of the hearing, two charges had been thrown out: theft and burglary.",
    ],
)
def test_counts_dismissed_named_after_a_colon(text: str) -> None:
    assert charges_of(text) == {
        ("Ivo Penrose", "burglary", "dropped"),
        ("Ivo Penrose", "theft", "dropped"),
        ("Ivo Penrose", "arson", "filed"),
    }


def test_near_miss_no_offence_after_the_colon() -> None:
    text = CHARGED + "Two counts were dropped: the judge gave no reason."
    assert {status for _, _, status in charges_of(text)} == {"filed"}
