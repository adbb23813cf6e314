"""A list of charges set apart by semicolons is set so because an item may carry commas of
its own: a relative clause closing one item ("a count of arson, which police say came
later;") ends that item, not the list. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        (
            "Abe Tolland, 30, faces additional counts: robbery; a count of arson, which police "
            "say came later; and burglary.",
            {
                ("Abe Tolland", "robbery", "filed"),
                ("Abe Tolland", "arson", "filed"),
                ("Abe Tolland", "burglary", "filed"),
            },
        ),
        (
            "Abe Tolland, 30, is charged with robbery; a count of theft, which carries up to "
            "five years; and burglary.",
            {
                ("Abe Tolland", "robbery", "filed"),
                ("Abe Tolland", "theft", "filed"),
                ("Abe Tolland", "burglary", "filed"),
            },
        ),
        (
            "Abe Tolland, 30, faces new counts: assault of a child causing death; a count of "
            "kidnapping, which prosecutors allege took place that night; and arson.",
            {
                ("Abe Tolland", "assault of a child causing death", "filed"),
                ("Abe Tolland", "kidnapping", "filed"),
                ("Abe Tolland", "arson", "filed"),
            },
        ),
        # Near miss: what follows the semicolon is a clause of its own, no item.
        (
            "Abe Tolland, 30, is charged with robbery; police say he fled, which led to a "
            "chase; he is held.",
            {("Abe Tolland", "robbery", "filed")},
        ),
    ],
)
def test_semicolon_item_with_its_own_clause(text: str, charges: set) -> None:
    assert charges_of(text) == charges
