"""A record told at a sentencing: "prosecutors introduced his 2016 conviction for aggravated
assault". A year written before a legal noun dates that noun and the offence it names after
it, also in a report that tells no day of the harm. `PUBLISHED` is 14 March 2024; the
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


def charges(text: str) -> set[tuple[str | None, str, str]]:
    return {(f["person"], f["charge"], f["status"]) for f in facts_of("ChargeFiled", text)}


LEAD = "A jury found Cobb Thayne guilty of murder on Wednesday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors introduced Thayne's 2016 conviction for aggravated assault, for which "
            "he served four years.",
            {("Cobb Thayne", "murder", "convicted")},
        ),
        (
            "Prosecutors pointed to his 2015 conviction for robbery.",
            {("Cobb Thayne", "murder", "convicted")},
        ),
        # near miss: a conviction of this year is the case's own
        (
            "Thayne's 2024 conviction for robbery was upheld.",
            {("Cobb Thayne", "murder", "convicted"), ("Cobb Thayne", "robbery", "convicted")},
        ),
    ],
)
def test_a_dated_conviction_and_its_offence_are_an_earlier_matter(text: str, expected: set) -> None:
    assert charges(LEAD + text) == expected
