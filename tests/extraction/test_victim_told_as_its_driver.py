"""Someone told as a vehicle's or a place's ("killing its driver", "wounding its owner") is
the one harmed, and the vehicle before the comma is no part of her description. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

CHARGED = " Lyle Brandt, 52, was charged with vehicular homicide."


def harmed(text: str) -> list[tuple[str, str]]:
    return sorted((f["description"], f["outcome"]) for f in facts_of("VictimReported", text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A pickup crossed the center line and struck a minivan, killing its driver." + CHARGED,
            [("driver", "killed")],
        ),
        (
            "Brandt drove through the front window of a bakery, injuring its owner." + CHARGED,
            [("owner", "injured")],
        ),
        # Near miss: a thing of the vehicle's is no one.
        (
            "A pickup crossed the center line and struck a minivan, denting its door." + CHARGED,
            [],
        ),
    ],
)
def test_victim_told_as_its_driver(text: str, expected: list[tuple[str, str]]) -> None:
    assert harmed(text) == expected
