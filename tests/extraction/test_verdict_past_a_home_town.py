"""A verdict told with the home town between commas after the name ("the jury convicted
41-year-old Ann Lee, of Dover, of theft"): the town's "of" opens no list of offences, the
verdict's "of" after it does. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The jury convicted 41-year-old Wren Callow, of Millbrook, of retail theft and "
            "receiving stolen property.",
            {
                ("Wren Callow", "retail theft", "convicted"),
                ("Wren Callow", "receiving stolen property", "convicted"),
            },
        ),
        (
            "A judge acquitted Wren Callow, of East Millbrook, of arson on Tuesday.",
            {("Wren Callow", "arson", "acquitted")},
        ),
        # near misses: a verdict told with the town and a day but no offence, and a town
        # told before the verdict
        ("A jury convicted Wren Callow, of Millbrook, on Tuesday.", set()),
        (
            "Wren Callow, 41, of Millbrook, was convicted of retail theft.",
            {("Wren Callow", "retail theft", "convicted")},
        ),
    ],
)
def test_verdict_past_a_home_town(text: str, expected: set) -> None:
    assert charges_of(text) == expected
