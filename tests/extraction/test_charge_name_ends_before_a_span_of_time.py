"""A charge's name ends where a span of time before the event it is counted from begins:
"charged with arson a few weeks after the fire" is arson, "with burglary two days later"
burglary; a count of things before "after" ("theft of two horses after the fair") stays in
it. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wendell Asquith, 52, was charged with arson a few weeks after the warehouse fire.",
            {("Wendell Asquith", "arson", "filed")},
        ),
        (
            "Police say Marisol Quenby, 29, was charged with burglary two days later.",
            {("Marisol Quenby", "burglary", "filed")},
        ),
        (
            "Wendell Asquith, 52, was indicted on charges of wire fraud several months after the "
            "audit.",
            {("Wendell Asquith", "wire fraud", "filed")},
        ),
        # near miss: a count of things, not of time, stays in the name
        (
            "Marisol Quenby, 29, was charged with theft of two horses after the county fair.",
            {("Marisol Quenby", "theft of two horses", "filed")},
        ),
    ],
)
def test_a_charge_name_ends_before_a_span_of_time(text: str, expected: set) -> None:
    assert charges_of(text) == expected
