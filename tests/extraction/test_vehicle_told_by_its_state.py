"""A vehicle told by its state, colour or model year ("found a burning Dodge Durango", "the
white Audi Q5", "a 2015 Honda Civic") names a thing, no one harmed or sought, as "a Honda
Accord" does; a person told after such a word ("a man named Cy Hall") is still a person. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import outcomes_of

LEAD = "Two men were shot dead as they sat in a parked car on Sunday night, police said. "


@pytest.mark.parametrize(
    ("sentence", "thing"),
    [
        (
            "Twenty minutes later, police found a burning Dodge Durango on a service road.",
            "Dodge Durango",
        ),
        ("Officers found the white Audi Q5 riddled with bullets.", "Audi Q5"),
        ("Police found a stolen 2015 Honda Civic burned out near the park.", "Honda Civic"),
    ],
)
def test_vehicle_is_no_victim(sentence: str, thing: str) -> None:
    assert all(name != thing for name, _ in outcomes_of(LEAD + sentence))


def test_person_after_a_description_is_a_victim() -> None:
    # near miss: a person, told after a description that is no vehicle's
    text = LEAD + "Police said one of the dead was a man named Cy Hall, who was shot in the head."
    assert ("Cy Hall", "killed") in outcomes_of(text) or ("Cy Hall", "injured") in outcomes_of(text)
