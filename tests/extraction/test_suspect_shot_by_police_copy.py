"""A suspect shot by a deputy, told as local papers tell it: the one hit is the one named
right after the harm ("hitting Hammond in the abdomen, Sheriff Ann Lee said" harms no
sheriff), a highway's number after "U.S." ends no sentence, and a home town of three words
("of New Port Richey") is a place and the whole residence. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in, facts_of


def test_the_one_hit_is_the_one_named_after_the_harm() -> None:
    text = (
        "Cole Hammond, 36, was booked into the county jail. The deputy fired twice, hitting "
        "Hammond in the abdomen, Sheriff Ann Nocco said."
    )
    assert [f["name"] for f in facts_of("VictimReported", text)] == []


def test_a_list_after_the_harm_is_still_each_harmed() -> None:
    # near miss: two named after one harm
    text = "The gunman opened fire, hitting Ann Nocco and Dale Pruitt, police said."
    names = {f["name"] for f in facts_of("VictimReported", text)}
    assert names == {"Ann Nocco", "Dale Pruitt"}


@pytest.mark.parametrize(
    ("place", "expected"),
    [("U.S. 19", "U.S. 19"), ("U.S. Route 1", "U.S. Route 1")],
)
def test_a_highway_after_us_ends_no_sentence(place: str, expected: str) -> None:
    text = (
        f"Cole Hammond, 36, was arrested after a woman was stabbed at a gas station on {place} "
        "just after 2 p.m. Sunday."
    )
    quotes = [f["evidence"]["quote"] for f in facts_of("VictimReported", text)]
    assert quotes and all(expected in q for q in quotes)


def test_a_home_town_of_three_words() -> None:
    text = (
        "Cole Lee Hammond, 36, of New Port Richey, was released from the hospital Tuesday and "
        "booked into the county jail."
    )
    assert arrested_in(text) == ["Cole Lee Hammond"]
    assert [f["residence"] for f in facts_of("SuspectIdentified", text)] == ["New Port Richey"]


def test_the_man_police_killed_named_after_is_no_victim() -> None:
    text = (
        "A police officer was shot in the arm during a traffic stop late Tuesday, and the man "
        "who shot him was killed when other officers returned fire, police said. Police "
        "identified the man who was killed as Dion Ramsey, 31."
    )
    victims = [(f["name"], f["outcome"]) for f in facts_of("VictimReported", text)]
    assert victims == [(None, "injured")]


def test_a_man_killed_named_after_is_a_victim() -> None:
    # near miss: no police harm told, the one killed is the case's victim
    text = (
        "A man was shot and killed outside a bar late Tuesday, police said. Police identified "
        "the man who was killed as Dion Ramsey, 31."
    )
    victims = [(f["name"], f["outcome"]) for f in facts_of("VictimReported", text)]
    assert victims == [("Dion Ramsey", "killed")]
