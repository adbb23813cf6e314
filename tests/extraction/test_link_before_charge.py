"""Links to the story's own killing before a charge, however the custody is worded. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of, links_of

FOUND = "Nell Carrow, 29, was found dead in her home Sunday. "


@pytest.mark.parametrize(
    "text",
    [
        FOUND + "Orin Pask, 41, was booked into the Fenwick County Jail early Monday on "
        "suspicion of murder.",
        FOUND + "Orin Pask, 41, was arrested at a relative's home in Dunmore on suspicion of "
        "second-degree murder.",
    ],
)
def test_held_on_suspicion_of_murder_past_the_place_is_a_suspect(text: str) -> None:
    assert links_of(text) == [("Orin Pask", "Nell Carrow")]


@pytest.mark.parametrize(
    "text",
    [
        # another offence, or a charge filed since
        FOUND + "Orin Pask, 41, was booked into the Fenwick County Jail early Monday on "
        "suspicion of drunken driving.",
        FOUND + "Orin Pask, 41, was booked into the Fenwick County Jail early Monday on "
        "suspicion of murder. He was charged Tuesday with second-degree murder.",
    ],
)
def test_no_suspicion_of_murder_or_a_charge_since_is_no_link(text: str) -> None:
    assert links_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nell Carrow, 29, was shot and killed Sunday by her estranged husband, Orin Pask, 41, "
        "who then turned the gun on himself, police said.",
        "Police said Nell Carrow, 29, was fatally stabbed by her boyfriend, Orin Pask, 41, "
        "during an argument.",
    ],
)
def test_the_doer_named_after_a_passive_killing_is_its_suspect(text: str) -> None:
    assert links_of(text) == [("Orin Pask", "Nell Carrow")]
    # the one named after "by" did the killing: no victim of it
    assert [v["name"] for v in facts_of("VictimReported", text)] == ["Nell Carrow"]


@pytest.mark.parametrize(
    "text",
    [
        # a death the police caused, or one no one did
        "Nell Carrow, 29, was shot and killed Sunday by a police officer, Orin Pask, after she "
        "pointed a gun at him.",
        "Nell Carrow, 29, was struck and killed by a train Sunday. Her brother, Orin Pask, "
        "said she was walking home.",
    ],
)
def test_no_doer_named_after_a_passive_killing_is_no_link(text: str) -> None:
    assert links_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nell Carrow, 29, was shot and killed Sunday by Orin Pask, 41, police said.",
        "Nell Carrow, 29, was allegedly killed by Orin Pask, 41, who fled the scene.",
    ],
)
def test_the_doer_named_right_after_by_is_no_victim(text: str) -> None:
    assert links_of(text) == [("Orin Pask", "Nell Carrow")]
    assert [v["name"] for v in facts_of("VictimReported", text)] == ["Nell Carrow"]


def test_one_killed_named_after_the_verb_is_still_a_victim() -> None:
    # a near miss: no "by", the one named is the one killed
    text = "Police said Orin Pask, 41, killed Nell Carrow, 29, on Sunday."
    assert [v["name"] for v in facts_of("VictimReported", text)] == ["Nell Carrow"]
