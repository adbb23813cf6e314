"""Victims and links on how crime news tells harm: a charge of an attempt says the person
lived, a death the police caused makes no killing of the case, a count of "other" people right
after the case's harm counts its own, and "one of the men" is one of a group counted before.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from casefile.extraction import extract_facts
from tests.extraction.reading import PUBLISHED, outcomes_of


def linked_of(text: str) -> list[str | None]:
    return [
        f.fields["person"] for f in extract_facts(text, PUBLISHED) if f.kind == "LinkedToHomicide"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A charge of an attempt is laid for harm the person lived through, in a story that
        # tells a killing too.
        (
            "Omar Quist, 24, was charged with murder and attempted murder. He faces attempted "
            "murder charges in the shooting of a 19-year-old man on Pine Street. A woman was "
            "killed in the same shooting.",
            [(None, "injured"), (None, "killed")],
        ),
        (
            "Omar Quist, 24, was charged with murder in the death of a woman. He also faces "
            "aggravated assault charges in the stabbing of a man outside the bar.",
            [(None, "injured"), (None, "killed")],
        ),
        # Near miss: a murder charge in the shooting of a man is the killing.
        (
            "Omar Quist, 24, was charged with murder in the shooting of a 19-year-old man on "
            "Pine Street. The man died at a hospital.",
            [(None, "killed")],
        ),
    ],
)
def test_a_charge_of_an_attempt_says_the_person_lived(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The others of the case's own harm, told in the next sentence.
        (
            "Two people were killed in the shooting at the fairground on Saturday. Four other "
            "people were injured, two of them critically. Police arrested Omar Quist, 24.",
            [(None, "injured")] * 4 + [(None, "killed")] * 2,
        ),
        # Near miss: others counted after a sentence that tells no harm are no one's.
        (
            "Omar Quist, 24, was charged with murder in the death of a man at the fairground. "
            "Police said the fair drew large crowds. Four other people were arrested on drug "
            "charges.",
            [(None, "killed")],
        ),
    ],
)
def test_others_counted_after_the_case_harm(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "One of the men" is one of the two counted: one dead, one hurt.
        (
            "Two men were shot outside a store on Tenth Avenue late Saturday. One of the men, "
            "24, was taken to a hospital, where he died. The other was grazed in the arm. Omar "
            "Quist, 19, was arrested Sunday.",
            [(None, "injured"), (None, "killed")],
        ),
        # Near miss: a count of its own stays a count.
        (
            "One person was killed and two men were wounded outside a store on Tenth Avenue. "
            "Omar Quist, 19, was arrested Sunday.",
            [(None, "injured"), (None, "injured"), (None, "killed")],
        ),
    ],
)
def test_one_of_a_counted_group(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The only death is the suspect's, at the hands of officers: no killing to link him to.
        (
            "An Elmford police officer was shot in the leg Wednesday while serving a warrant. "
            "Other officers returned fire and struck the suspect, Wade Kerrin, 45, who died at "
            "the scene.",
            [],
        ),
        # Near miss: he killed someone before the police shot him.
        (
            "Police said Wade Kerrin, 45, shot and killed his neighbor, Ana Torvald, 60, on "
            "Wednesday. Officers returned fire and struck Kerrin, who died at the scene.",
            ["Wade Kerrin"],
        ),
    ],
)
def test_a_death_caused_by_police_is_no_killing_of_the_case(text, expected):
    assert linked_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one officers struck is the suspect they shot, whatever is said of him after.
        (
            "Police said Wade Kerrin, 45, shot and killed his neighbor, Ana Torvald, 60, on "
            "Wednesday. Officers returned fire and struck Kerrin, who died at the scene.",
            [("Ana Torvald", "killed")],
        ),
        # Near miss: the one the suspect struck, who died, is his victim.
        (
            "Wade Kerrin, 45, was charged with murder. Police said Kerrin returned to the house "
            "and struck Ana Torvald, 60, who died at the scene.",
            [("Ana Torvald", "killed")],
        ),
    ],
)
def test_the_one_police_harmed_is_no_victim(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The officer is the one charged: the man he shot is the case's victim.
        (
            "A former deputy was charged with murder Thursday. Marlon Tibbs, 31, was shot and "
            "killed by the deputy during a traffic stop on April 2.",
            [("Marlon Tibbs", "killed")],
        ),
        # A police shooting told for itself: no one is a suspect, the one shot is its victim.
        (
            "Marlon Tibbs, 31, was shot by police during a traffic stop and is in stable "
            "condition. He was unarmed, his family said.",
            [("Marlon Tibbs", "injured")],
        ),
        # Near miss: the one police shot is the suspect.
        (
            "Police shot and wounded Marlon Tibbs, 31, after he fired at officers during a "
            "chase. Tibbs was charged with attempted murder.",
            [],
        ),
        # Near miss: a killing by police told in another case's story.
        (
            "Nora Kerr, 29, was charged with arson in the fire at a restaurant. The fire broke "
            "out during protests over the death of Ray Banks, who was shot and killed by an "
            "officer the night before.",
            [],
        ),
    ],
)
def test_harm_by_police_in_the_officer_s_case(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A group said to be wounded lived: the dead named beside it is someone else.
        (
            "The driver, Carla Nunes, 51, died at the scene. Two passengers were wounded; one "
            "is in critical condition. Police arrested Omar Quist, 33.",
            [(None, "injured"), (None, "injured"), ("Carla Nunes", "killed")],
        ),
        # Near miss: a group said only to be shot holds the one who died.
        (
            "Two people were shot Sunday night on Elm Street. Lena Marsh, 45, died at the "
            "scene. Omar Quist, 32, was charged with murder.",
            [(None, "injured"), ("Lena Marsh", "killed")],
        ),
    ],
)
def test_a_group_said_to_be_wounded_lived(text, expected):
    assert outcomes_of(text) == expected
