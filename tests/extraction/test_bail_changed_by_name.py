"""A change of bail said of the bail by its owner's name ("reduced Bo Tran's cash bail from
$500,000 to $75,000") is a reduction, as "reduced his bail" is. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A judge on Friday reduced Wendell Coyle's cash bail from $400,000 to $60,000.",
            {("Wendell Coyle", 400000, "set"), ("Wendell Coyle", 60000, "reduced")},
        ),
        (
            "Judge Oma Reyes cut Wendell Coyle's bail from $400,000 to $60,000 on Friday.",
            {("Wendell Coyle", 400000, "set"), ("Wendell Coyle", 60000, "reduced")},
        ),
        # Near miss: "cut" said of someone's arm, not of a bail.
        (
            "Wendell Coyle, 41, is held on $400,000 bail. Police said Coyle cut Ada Pym's arm "
            "with a knife.",
            {("Wendell Coyle", 400000, "set")},
        ),
    ],
)
def test_bail_changed_by_name(text: str, expected: set[tuple[str, int, str]]) -> None:
    assert bonds_of(text) == expected
