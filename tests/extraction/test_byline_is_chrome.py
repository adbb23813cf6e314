"""A byline on a line of its own ("By Curtis Vane Eastby World", "BY ANN LEE | Staff Writer")
is page chrome: its name is no one in the story (it was read as the one killed). A sentence
that opens with "By" and a capital ("By Tuesday, police had arrested ...") is no byline.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from casefile.extraction.chrome import chrome_spans
from tests.extraction.reading import facts_of

STORY = "A man was shot and killed Sunday in north Eastby. Police arrested Nils Abernathy, 30, on Monday."


@pytest.mark.parametrize(
    "byline",
    [
        "By Curtis Vane Eastby World",
        "BY CURTIS VANE | Staff Writer",
        "By Curtis Vane, The Eastby Ledger",
    ],
)
def test_byline_is_no_one_in_the_story(byline: str) -> None:
    text = f"Man killed in Eastby shooting\n\n{byline}\n\n{STORY}"
    victims = [(f["name"], f["outcome"]) for f in facts_of("VictimReported", text)]
    assert victims == [(None, "killed")]


def test_a_sentence_opening_with_by_is_no_byline() -> None:
    text = "By Tuesday, police had arrested Nils Abernathy, 30, in the killing.\n\nHe is held."
    assert chrome_spans(text) == []
