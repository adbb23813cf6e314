"""A murder-suicide told right after a tally of the place's killings ("The killings were
Dayton's first homicides of 2024. They came less than a week after a Riverside man shot and
killed his wife and then himself in what police described as a murder-suicide") is another
incident: its dead are no victims of the case. Harm told after no tally is still the case's.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import described_victims_of

LEAD = (
    "A man and a woman were shot to death inside a home early Sunday, police said. Deputies "
    "arrested Bo Tran, 38, hours later. "
)


@pytest.mark.parametrize(
    "text",
    [
        "The killings were Marlow's first homicides of 2024. They came less than a week after "
        "a Riverside man shot and killed his wife and then himself in what police there "
        "described as a murder-suicide.",
        "The shooting was one of 14 homicides in Marlow so far this year. In October, a man and "
        "a woman were found dead in a Fleetwood home in what police said was a murder-suicide.",
    ],
)
def test_murder_suicide_after_a_tally(text: str) -> None:
    found = described_victims_of(LEAD + text)
    assert (None, "wife", "killed") not in found
    assert sum(1 for _, _, outcome in found if outcome == "killed") == 2


def test_harm_after_no_tally() -> None:
    # near miss: no tally before, the harm is the case's
    text = LEAD + "Police said the gunman also shot and killed his wife."
    assert (None, "wife", "killed") in described_victims_of(text)
