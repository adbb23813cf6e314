"""A lead-in that names what its list holds as charges ("the counts below", "these charges",
"the following counts") introduces charges, not people (extraction/rosters.py): a line that
opens with a victim's surname and the word for her case ("Pell homicide: Murder; Arson") makes
her no defendant, and the counts are the accused's. A list of people after such words is
still a roster."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import charges_of, suspects_of

_ITEMS = "• Pell homicide: Murder; Arson\n• Quist homicide: Robbery; Burglary\n"


@pytest.mark.parametrize(
    "lead_in",
    [
        "A grand jury returned indictments on the counts below in both cases:",
        "He now faces these charges in the two cases:",
        "Prosecutors filed the following counts, case by case:",
        "The charges, listed by case, are as follows:",
    ],
)
def test_lines_after_a_lead_in_of_charges_are_charges(lead_in: str) -> None:
    text = (
        "Police charged Rob Vance in the deaths of Ida Pell and Tom Quist. "
        + lead_in
        + "\n"
        + _ITEMS
    )
    assert suspects_of(text) == Counter({("Rob Vance", None): 1})
    assert {person for person, _, _ in charges_of(text)} == {"Rob Vance"}
    assert ("Rob Vance", "robbery", "filed") in charges_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Near misses: the list after the lead-in is of people.
        (
            "Police charged these suspects in the raids:\n- Rob Vance, 30, of Marlow\n"
            "- Nora Pell, 25, of Elmdale\n",
            Counter({("Rob Vance", 30): 1, ("Nora Pell", 25): 1}),
        ),
        (
            "Police charged the following people with the crimes below:\n"
            "- Rob Vance, 30, of Marlow\n- Nora Pell, 25, of Elmdale\n",
            Counter({("Rob Vance", 30): 1, ("Nora Pell", 25): 1}),
        ),
    ],
)
def test_people_listed_after_charges_are_still_suspects(text: str, expected: Counter) -> None:
    assert suspects_of(text) == expected
