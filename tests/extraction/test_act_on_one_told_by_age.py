"""An act done to someone the report tells by an age alone ("charged with murdering a
22-year-old who was stabbed") is the offence the act is, murder, as "murdering his wife" is;
an offence named with such a person after "of" keeps its name. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Dean Quill, 27, was charged with murdering a 22-year-old who was stabbed in Dunmere.",
            {("Dean Quill", "murder", "filed")},
        ),
        (
            "Dean Quill, 27, was charged with assaulting a 15-year-old on Mill Street.",
            {("Dean Quill", "assault", "filed")},
        ),
        # near miss: the person aged is part of the offence's name
        (
            "Dean Quill, 27, was charged with endangering the welfare of a 5-year-old.",
            {("Dean Quill", "endangering the welfare of a 5-year-old", "filed")},
        ),
    ],
)
def test_act_on_one_told_by_age(sentence: str, expected: set) -> None:
    assert charges_of(sentence) == expected
