"""Charges named as some of those a defendant faced, after a clause that says whose they are
("the six counts she was facing, among them arson", "all charges he faces, including theft"),
are his charges, as "the nine charges he faced, including murder" are; "among them" names
examples as "including" does. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_LEDE = "Police arrested Mira Kovac, 36, on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEDE + "Kovac pleaded guilty to the six counts she was facing, among them arson "
            "and burglary.",
            {("Mira Kovac", "arson", "convicted"), ("Mira Kovac", "burglary", "convicted")},
        ),
        (
            _LEDE + "On Friday Kovac admitted all four charges she had been facing, including "
            "aggravated robbery.",
            {("Mira Kovac", "aggravated robbery", "convicted")},
        ),
        (
            _LEDE + "Kovac was convicted of several counts, among them stalking.",
            {("Mira Kovac", "stalking", "convicted")},
        ),
        # near misses: no charge named after the clause; examples of a thing, not of charges
        (
            _LEDE + "Kovac pleaded guilty to the counts she was facing, and sentencing is set.",
            set(),
        ),
        (
            _LEDE + "Kovac was charged with trafficking drugs, among them heroin.",
            {("Mira Kovac", "trafficking drugs", "filed")},
        ),
    ],
)
def test_charges_named_among_those_faced(
    text: str, expected: set[tuple[str | None, str, str]]
) -> None:
    assert charges_of(text) == expected
