"""The lines a lead-in of charges introduces are charges, not people (extraction/rosters.py,
ages.py): after "Bo Tran is charged with:" a title-case item such as "False Imprisonment (2
counts)" names no one, and a count in brackets is no age; a list of people after "charged the
following people" is still a roster."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import bonds_of, suspects_of

_CHARGES = (
    "Rob Vance, of Marlow, is charged with:\n"
    "- Home Invasion Robbery with a Firearm\n"
    "- False Imprisonment (2 counts)\n"
    "- Possession of a Firearm by a Convicted Felon\n\n"
    "He is being held without bond.\n"
)


def test_a_charge_item_names_no_one() -> None:
    assert suspects_of(_CHARGES) == Counter({("Rob Vance", None): 1})
    assert bonds_of(_CHARGES) == {("Rob Vance", None, "denied")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police charged the following people:\n- Rob Vance, 30, of Marlow\n"
            "- Nora Pell, 25, of Elmdale\n",
            Counter({("Rob Vance", 30): 1, ("Nora Pell", 25): 1}),
        ),
        # Near miss: an age in brackets after a name.
        (
            "Rob Vance (30) was charged with burglary.",
            Counter({("Rob Vance", 30): 1}),
        ),
    ],
)
def test_people_listed_are_still_suspects(text: str, expected: Counter) -> None:
    assert suspects_of(text) == expected
