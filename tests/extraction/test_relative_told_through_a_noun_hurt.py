"""A relative told by whose relative she is through a noun ("The couple's 9-year-old
daughter suffered a cut to her hand") is harmed as one told by "his" or "their" is, and a cut
where the body is named ("was cut on the hand") is harm as a blow there is. Every sentence
here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import described_victims_of

LEAD = "Bo Tran, 38, was arrested Monday after police say he attacked his family. "


@pytest.mark.parametrize(
    "text",
    [
        "The couple's 9-year-old daughter suffered a cut to her hand.",
        "The family's 9-year-old daughter was cut on the hand.",
        "The assault count involves the couple's 9-year-old daughter, who was cut on the hand.",
    ],
)
def test_relative_told_through_a_noun_hurt(text: str) -> None:
    assert described_victims_of(LEAD + text) == [(None, "9-year-old daughter", "injured")]


def test_a_cut_that_is_no_harm() -> None:
    # near miss: a cut in something else
    text = LEAD + "The couple's 9-year-old daughter cut the power to the house."
    assert described_victims_of(text) == []
