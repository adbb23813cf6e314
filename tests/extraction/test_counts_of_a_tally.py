"""The dead counted by a tally are no victims of the case: a comparison with an earlier
incident told by its year ("the deadliest shooting in Marlow since the 2018 Depot Street
attack, in which seven people were killed"), and a count told among what a statistic just
counted ("the county recorded 300 crashes involving alcohol in 2023, according to state data,
and 41 people died in them"). Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import described_victims_of

LEAD = (
    "A man was killed and two other people were hurt late Saturday when a pickup ran a red "
    "light in Marlow, police said. Deputies arrested Bo Tran, 38, at the scene. "
)


def _killed(text: str) -> int:
    return sum(1 for _, _, outcome in described_victims_of(text) if outcome == "killed")


@pytest.mark.parametrize(
    "text",
    [
        "The crash is the deadliest in Marlow since the 2018 Depot Street pileup, in which "
        "seven people were killed.",
        "Ledge County recorded 300 injury crashes involving alcohol in 2023, according to "
        "state data, and 41 people died in them.",
        "The county logged 120 collisions on the highway last year, and nine people were "
        "killed in those.",
    ],
)
def test_counts_of_a_tally(text: str) -> None:
    assert _killed(LEAD + text) == 1


def test_count_after_a_tally_of_the_case() -> None:
    # near miss: a count that refers back to nothing the tally counted is the case's
    text = (
        "A pickup ran a red light in Marlow late Saturday, police said. Deputies arrested Bo "
        "Tran, 38, at the scene. The county recorded 300 crashes in 2023, according to state "
        "data, and two people were killed in Saturday's crash."
    )
    assert _killed(text) == 2
