"""Suspects named together and then told of as "they" who appeared in court charged ("They
appeared before Marlow District Court charged with burglary", "They pleaded not guilty to
arson") are each charged; a "he" after them is the last one alone. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

NAMED = "Ivo Brannick (24) and Teodor Szala (30), of Marlow, were arrested on Friday. "


@pytest.mark.parametrize(
    "later",
    [
        "They appeared before Marlow District Court this morning charged with burglary.",
        "They appeared in court on Saturday charged with burglary.",
        "They stood in the dock together, charged with burglary.",
    ],
)
def test_they_who_appeared_charged_are_each_charged(later: str) -> None:
    assert charges_of(NAMED + later) == {
        ("Ivo Brannick", "burglary", "filed"),
        ("Teodor Szala", "burglary", "filed"),
    }


def test_he_who_appeared_charged_is_one() -> None:
    later = "Szala appeared in court on Saturday charged with burglary."
    assert charges_of(NAMED + later) == {("Teodor Szala", "burglary", "filed")}
