"""A preposition joined by "or" to another is part of a charge's name, as codes word them
(extraction/charge_list_end.py, offence_names.py): "discharging a firearm at or into a habitation",
"discharge of a firearm on or near prohibited premises", also set in title case in a release's
list; a place told so ("at or near the store") is not."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_LEAD = "Rob Vance, 19, was arrested Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "He was charged with improperly discharging a firearm at or into a "
            "habitation and discharge of a firearm on or near prohibited premises.",
            {
                ("Rob Vance", "improperly discharging a firearm at or into a habitation", "filed"),
                ("Rob Vance", "discharge of a firearm on or near prohibited premises", "filed"),
            },
        ),
        (
            "Rob Vance, 19, was arrested Monday and charged with:\n"
            "- Improperly Discharging a Firearm at or into a Habitation (F2)\n"
            "- Discharge of a Firearm on or near Prohibited Premises (M1)\n",
            {
                ("Rob Vance", "improperly discharging a firearm at or into a habitation", "filed"),
                ("Rob Vance", "discharge of a firearm on or near prohibited premises", "filed"),
            },
        ),
        # Near misses: a place, told with one preposition or with two.
        (
            _LEAD + "He was charged with robbery at a gas station.",
            {("Rob Vance", "robbery", "filed")},
        ),
        (
            _LEAD + "He was charged with robbery at or near the store.",
            {("Rob Vance", "robbery", "filed")},
        ),
    ],
)
def test_joined_prepositions_are_part_of_the_name(text: str, expected: set) -> None:
    assert charges_of(text) == expected
