"""A trial date a judge is still to choose ("the judge is expected to pick a trial date
then") tells of no trial: the session it will be chosen at is another. A trial date set is a
trial's. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

INDICTED = "Ansel Moberg, 44, was indicted in January on a count of arson. "


@pytest.mark.parametrize(
    ("text", "trial"),
    [
        (INDICTED + "Moberg returns to court May 20, when the judge is expected to pick a "
         "trial date.", False),
        (INDICTED + "His lawyer asked Judge Ora Finch to set a trial date at the next "
         "hearing on May 20.", False),
        (INDICTED + "The judge plans to schedule a trial date in May.", False),
        (
            INDICTED + "Judge Ora Finch set Feb. 9 as the deadline for motions and for fixing a "
            "trial date.",
            False,
        ),
        # Near miss: a trial date set is the trial's.
        (INDICTED + "Judge Ora Finch set a trial date of June 3.", True),
    ],
)  # fmt: skip
def test_trial_date_still_to_be_chosen(text: str, trial: bool) -> None:
    kinds = {kind for _, kind, _ in court_of(text)}
    assert ("trial" in kinds) is trial
