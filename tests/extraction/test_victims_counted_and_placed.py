"""Victims told by where they were ("a passenger in the truck"), by a count with a treatment
("six residents were treated for smoke inhalation") and as others besides those named
("killing Ann Lee and wounding two others"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import described_victims_of as victims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivo Brandt, 35, was charged with manslaughter. A passenger in the truck was injured.",
            [(None, "passenger", "injured")],
        ),
        (
            "Ivo Brandt, 35, was charged. A cyclist on Route 9 suffered minor injuries.",
            [(None, "cyclist", "injured")],
        ),
        # near miss: where someone was, with no harm told of him
        ("Ivo Brandt, 35, was charged. A passenger in the truck called 911.", []),
    ],
)
def test_a_victim_told_with_where_he_was(text: str, expected: list) -> None:
    assert victims_of(text) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivo Brandt, 41, set the fire, police said. Three residents were treated for smoke "
            "inhalation.",
            [(None, "residents", "injured")] * 3,
        ),
        (
            "Ivo Brandt, 41, was charged. Two workers were taken to a local hospital.",
            [(None, "workers", "injured")] * 2,
        ),
        # near miss: treated at the scene and released is no one hurt in particular here
        ("Ivo Brandt, 41, was charged. Police treated the scene as a crime scene.", []),
    ],
)
def test_a_counted_group_treated_or_taken_to_hospital_was_hurt(text: str, expected: list) -> None:
    assert victims_of(text) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said Ivo Brandt, 17, fired into a crowd, killing Lena Marsh, 19, and "
            "wounding two others.",
            [
                (None, "others", "injured"),
                (None, "others", "injured"),
                ("Lena Marsh", "victim", "killed"),
            ],
        ),
        # near miss: a group said only to be shot, one of whom is named dead, takes her in
        (
            "Two people were shot. Lena Marsh died; Cal Ng survived.",
            [("Cal Ng", "victim", "injured"), ("Lena Marsh", "victim", "killed")],
        ),
    ],
)
def test_others_counted_beside_a_named_dead_are_besides_her(text: str, expected: list) -> None:
    assert victims_of(text) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count taken into custody or charged, before a killing told of a thing, is no
        # count of the dead.
        (
            "Police arrested two men in the shooting that killed a teenager.",
            [(None, "teenager", "killed")],
        ),
        (
            "Prosecutors announced murder charges against four men in the shooting that killed "
            "16-year-old Nia Vance.",
            [("Nia Vance", "victim", "killed")],
        ),
        # Near miss: a count the killing is said of.
        (
            "The shooting killed two men and wounded a woman.",
            [(None, "men", "killed"), (None, "men", "killed"), (None, "woman", "injured")],
        ),
    ],
)
def test_a_count_of_the_accused_is_no_count_of_the_dead(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    "tally",
    [
        "The shooting came during a weekend in which nine people were shot across Dayton.",
        "Eleven people were shot across the city over the holiday weekend.",
        "Police said 14 people have been shot citywide since Friday.",
    ],
)
def test_a_tally_over_a_place_or_a_time_gives_no_victims(tally: str) -> None:
    text = "Omar Reyes, 31, was charged with murder in the death of Ann Lee. " + tally
    assert victims_of(text) == [("Ann Lee", "victim", "killed")]
