"""A plea to counts the report does not name ("entered pleas of not guilty to all nine counts
against him"), or the counts against him told as his, says he is charged: the suspect's link to
the case's killing ends there, as it does at "pleaded not guilty to the charges against him".
On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import links_of

_SUSPECT = "Hollis Grange, 38, is a suspect in the shooting death of Pia Lund, police said. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Last week he entered pleas of not guilty to all nine counts against him.",
        "On Friday Grange entered a plea of not guilty to all six counts.",
        "His lawyer asked a judge to dismiss the 11 counts against him.",
    ],
)
def test_plea_to_unnamed_counts_ends_the_link(sentence: str) -> None:
    assert links_of(_SUSPECT + sentence) == []


def test_counts_he_may_face_end_no_link() -> None:
    # near miss: counts still to come are no charge
    text = _SUSPECT + "Prosecutors said he could face several counts once the inquiry ends."
    assert links_of(text) == [("Hollis Grange", "Pia Lund")]
