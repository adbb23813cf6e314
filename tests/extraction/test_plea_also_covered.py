"""A plea that also answers more charges, told with an adverb between the plea and its verb
("His pleas also covered arson", "Her plea further included theft"), is a plea to them, as
"His plea covered" is. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_LEAD = "Cy Orr pleaded guilty to burglary. "


@pytest.mark.parametrize(
    "sentence",
    [
        "His pleas also covered arson and theft.",
        "His plea further included arson and theft.",
        "His guilty pleas too covered arson and theft.",
    ],
)
def test_plea_also_covering_more_charges(sentence: str) -> None:
    assert charges_of(_LEAD + sentence) == {
        ("Cy Orr", "burglary", "convicted"),
        ("Cy Orr", "arson", "convicted"),
        ("Cy Orr", "theft", "convicted"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # near miss: the report also covered the charges, no plea did
        "The report also covered arson and theft.",
    ],
)
def test_no_plea_covering_adds_no_conviction(sentence: str) -> None:
    assert charges_of(_LEAD + sentence) == {("Cy Orr", "burglary", "convicted")}
