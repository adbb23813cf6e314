"""The day custody began, as outlets outside the US tell it: "when he went into custody",
"has been in custody since 20 November 2023" (the day before the month). The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

_LEAD = "Niall Brack, 33, was jailed for six years for burglary. "


def _arrests(text: str) -> set[tuple]:
    return {(f["person"], f["date"]) for f in facts_of("ArrestMade", text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "The judge backdated the sentence to 20 November 2023, when Brack went "
            "into custody.",
            {("Niall Brack", "2023-11-20")},
        ),
        (
            _LEAD + "He has been in custody since 20 November 2023.",
            {("Niall Brack", "2023-11-20")},
        ),
        # near misses: custody since a year is a term served, and the jail term is no arrest
        (_LEAD + "He has been in custody since 2023.", set()),
        (_LEAD.strip(), set()),
    ],
)
def test_custody_begun_day_first(text: str, expected: set) -> None:
    assert _arrests(text) == expected
