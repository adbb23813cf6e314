"""A time told from its part of a span after a charge ("charged with arson late last month",
"arrested on theft charges early Sunday") ends the charge's name, as "last month" does. A
"late" inside the offence itself, with no time after it, is the name's. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_LEDE = "Police arrested Mira Kovac, 36, last week.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEDE + "Kovac was charged with burglary late last month.",
            {("Mira Kovac", "burglary", "filed")},
        ),
        (
            _LEDE + "Kovac was booked on stalking charges early Sunday.",
            {("Mira Kovac", "stalking", "filed")},
        ),
        (
            _LEDE + "Kovac was charged with criminal mischief late on Friday.",
            {("Mira Kovac", "criminal mischief", "filed")},
        ),
        (
            _LEDE + "Kovac was charged with forgery early this year.",
            {("Mira Kovac", "forgery", "filed")},
        ),
        # near miss: "late" with no time after it stays in the name
        (
            _LEDE + "Kovac was charged with filing a late tax return.",
            {("Mira Kovac", "filing a late tax return", "filed")},
        ),
    ],
)
def test_a_time_after_early_or_late_ends_the_charge(
    text: str, expected: set[tuple[str | None, str, str]]
) -> None:
    assert charges_of(text) == expected
