"""The one a murder charge is "of" is dead: "charged with the murder of a 16-year-old boy"
tells a boy killed even where no other words tell his harm; an attempt, a plot or a
conspiracy tells no one dead. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import described_victims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kai Mensah, 18, has been charged with the murder of a 16-year-old boy in Elm Park.",
            [(None, "16-year-old boy", "killed")],
        ),
        (
            "Two teenagers have been charged with the murder of a 16-year-old boy who was "
            "stabbed in Elm Park.",
            [(None, "16-year-old boy", "killed")],
        ),
        # near misses: an attempt or a plot names no death
        (
            "Kai Mensah, 18, has been charged with the attempted murder of a 16-year-old boy "
            "in Elm Park.",
            [],
        ),
        (
            "Kai Mensah, 18, has been charged with conspiracy to commit the murder of a "
            "16-year-old boy in Elm Park.",
            [],
        ),
    ],
)
def test_the_one_a_murder_charge_is_of(text: str, expected: list) -> None:
    assert described_victims_of(text) == expected
