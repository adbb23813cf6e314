"""A child-abuse death as local papers tell it: a list whose first offence ends "to children"
before the next offence ("cruelty to children and aggravated battery" are two), and the
child named by "identified in court records as", who is that child and not a second one.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, facts_of


@pytest.mark.parametrize(
    ("listed", "expected"),
    [
        (
            "first-degree cruelty to children and aggravated battery",
            {"first-degree cruelty to children", "aggravated battery"},
        ),
        # near misses: one act's two verbs, and one offence's two objects
        (
            "conspiracy to possess and distribute cocaine",
            {"conspiracy to possess and distribute cocaine"},
        ),
        ("cruelty to children and animals", {"cruelty to children and animals"}),
    ],
)
def test_an_offence_ending_in_to_before_the_next(listed: str, expected: set) -> None:
    text = f"Ona Brill, 22, was arrested Friday. She is charged with {listed}."
    assert {charge for _, charge, _ in charges_of(text)} == expected


@pytest.mark.parametrize(
    "named",
    ["The infant, identified in court records as Ava Brill,", "The infant, Ava Brill,"],
)
def test_the_child_named_beside_her_description_is_one_victim(named: str) -> None:
    text = (
        "The parents of a 3-month-old girl who died last week have been charged with murder. "
        f"Ona Brill, 22, was arrested Friday. {named} was taken to a medical center on May 3. "
        "She died two days later."
    )
    victims = [(f["name"], f["outcome"]) for f in facts_of("VictimReported", text)]
    assert victims == [("Ava Brill", "killed")]
