"""A case of wounds is no killing for a word of death that tells none: a rate or a rank over
a place ("the state ranked sixth in the nation for the rate of women killed by men") and a
deed told as going on in someone's words ("saying 'my daddy's killing my mama'"). Those
stabbed are then hurt, not dead. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import described_victims_of

LEAD = (
    "A Marlow man was arrested Monday after police say he stabbed his wife inside the "
    "family's home. Bo Tran, 38, was booked on suspicion of assault and battery. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Kellen County ranked fourth in the state for the rate of women killed by partners in "
        "2022, according to a report.",
        "\"He was in the street, saying 'my dad's killing my mom,'\" a neighbor said.",
        "A neighbor said the boy screamed that his father was killing his mother.",
    ],
)
def test_no_death_in_a_rate_or_a_deed_going_on(text: str) -> None:
    assert (None, "wife", "injured") in described_victims_of(LEAD + text)


def test_a_death_told() -> None:
    # near miss: a death the report tells
    text = LEAD + "His wife died at a hospital on Tuesday."
    assert (None, "wife", "killed") in described_victims_of(text)
