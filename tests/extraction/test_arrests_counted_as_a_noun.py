"""Arrests told as a counted noun ("the three arrests in the robbery") are those of the
people the report names as accused, when it names as many as it counts; the day of a talk
about them ("sat down today to talk about the arrests") is no day of the arrests. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in, facts_of

THREE = " Police said Ada Pellow, 22, Bo Rusker, 30, and Cy Moraine, 41, face robbery charges."
TWO = " Police said Ada Pellow, 22, and Bo Rusker, 30, are charged with arson."


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        (
            "The shop's owner sat down today with a reporter to talk about the three arrests "
            "in the robbery of his store." + THREE,
            ["Ada Pellow", "Bo Rusker", "Cy Moraine"],
        ),
        (
            "Neighbors said they were relieved by the two arrests in last month's fire." + TWO,
            ["Ada Pellow", "Bo Rusker"],
        ),
        (
            "The family thanked detectives for their four arrests, a spokesman said. Police "
            "said Ada Pellow, 22, Bo Rusker, 30, Cy Moraine, 41, and Di Fenner, 19, face "
            "robbery charges.",
            ["Ada Pellow", "Bo Rusker", "Cy Moraine", "Di Fenner"],
        ),
        # Near misses: a count the names do not fill, and arrests counted with no "the".
        (
            "Neighbors said they were relieved by the three arrests in last month's fire." + TWO,
            [],
        ),
        ("The county made 40 arrests for arson last year." + TWO, []),
    ],
)
def test_arrests_counted_as_a_noun(text: str, arrested: list[str]) -> None:
    assert arrested_in(text) == arrested
    assert all(f["date"] is None for f in facts_of("ArrestMade", text))
