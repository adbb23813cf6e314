"""Someone told at the accused's side in court ("his new lawyer stood beside Bo Tran in
court", "sat next to him in court on Nov. 23") tells the accused's appearance that day ("next
to" is a place, no day ahead); someone beside a relative or a crowd in court tells none.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

LEAD = "Bo Tran, 50, faces a murder charge, accused of shooting Cy Dunn to death last year. "


@pytest.mark.parametrize(
    "sentence",
    [
        "On March 4 his new lawyer stood beside Tran in court for the first time.",
        "His new lawyer sat next to him in court on March 4.",
        "On March 4, attorney Ed Moss stood with Bo Tran in court.",
        "A public defender was alongside her client in the courtroom on March 4.",
    ],
)
def test_someone_at_the_accused_side_tells_his_appearance(sentence: str) -> None:
    assert ("Bo Tran", "appearance", "2024-03-04") in court_of(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: no one accused at the side
        "Dunn's sister sat beside the victim's mother in court on March 4.",
        "Ann Ray, Dunn's sister, sat with relatives in the courtroom on March 4.",
    ],
)
def test_someone_beside_others_tells_no_appearance(sentence: str) -> None:
    assert not {k for _, k, _ in court_of(LEAD + sentence) if k == "appearance"}


def test_trial_told_at_that_session_keeps_no_day_of_it() -> None:
    text = (
        LEAD + "His new lawyer stood beside Tran in court on March 4. The judge said during that"
        " hearing that the case was headed for trial in late April."
    )
    events = court_of(text)
    assert ("Bo Tran", "appearance", "2024-03-04") in events
    assert ("Bo Tran", "trial", None) in events
