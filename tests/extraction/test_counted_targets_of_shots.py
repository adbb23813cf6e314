"""A group counted as the ones shots were fired at is a group of targets, unharmed unless a hit
is told: "fired at two deputies", "accused of firing at three troopers" and "fired at least
six rounds at two guards" name no wound. A group told hit ("shot two deputies") is hurt.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import outcomes_of


@pytest.mark.parametrize(
    "text",
    [
        "Pell Varga, 41, is accused of firing at two Marlow County deputies during a chase "
        "on Route 8.",
        "Deputies said Pell Varga, 41, stepped out of the van and fired at least six rounds at "
        "two deputies.",
        "Pell Varga, 41, fired three shots at two deputies outside the feed store, the sheriff "
        "said.",
        "Pell Varga, 41, was charged after shooting at two state troopers at the depot.",
    ],
)
def test_a_counted_group_fired_at_is_two_targets(text: str) -> None:
    assert outcomes_of(text) == [(None, "unharmed"), (None, "unharmed")]


def test_a_counted_group_shot_is_hurt() -> None:
    text = "Pell Varga, 41, shot two deputies outside the feed store, the sheriff said."
    assert outcomes_of(text) == [(None, "injured"), (None, "injured")]
