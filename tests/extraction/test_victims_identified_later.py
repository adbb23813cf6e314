"""Victims a report describes first ("a woman", "two women", "a 16-year-old boy") and names
in a later sentence ("The woman was identified as ..."): the name takes the harm told of the
description, and never the suspect's role. Every sentence is written for these tests."""

from __future__ import annotations

import datetime

import pytest

from casefile.extraction import extract_facts

PUBLISHED = datetime.date(2024, 5, 2)


def roles_of(text: str) -> tuple[list[tuple[str | None, str]], list[str | None]]:
    facts = extract_facts(text, PUBLISHED)
    victims = sorted(
        ((f.fields["name"], f.fields["outcome"]) for f in facts if f.kind == "VictimReported"),
        key=lambda pair: (pair[0] or "", pair[1]),
    )
    suspects = sorted(f.fields["name"] for f in facts if f.kind == "SuspectIdentified")
    return victims, suspects


@pytest.mark.parametrize(
    ("text", "victims", "suspects"),
    [
        # The description's noun as the subject of "was identified as".
        (
            "A woman was stabbed to death inside an apartment on Pine Avenue on Saturday "
            "night, police said. The woman was identified as Keisha Monroe, 27. Police "
            "arrested Jamal Ortiz, 30, and charged him with first-degree murder.",
            [("Keisha Monroe", "killed")],
            ["Jamal Ortiz"],
        ),
        # "her" stands for the woman whose body was found, not for the one charged in the
        # same sentence.
        (
            "A 17-year-old was charged with murder after a woman's body was found in "
            "Riverside Park on Friday. The medical examiner identified her as Angela Brooks, "
            "52, of Toledo. Police said Kevin Shaw, 17, was arrested at his home.",
            [("Angela Brooks", "killed")],
            ["Kevin Shaw"],
        ),
        # Who named her and when, between "identified" and "as".
        (
            "Officers found a woman with gunshot wounds in a parked car on Ridge Road early "
            "Saturday. She was taken to a hospital, where she died. The woman was identified "
            "by the county coroner as 41-year-old Renee Castillo of Akron. Police charged "
            "Victor Dunn, 38, with murder on Sunday.",
            [("Renee Castillo", "killed")],
            ["Victor Dunn"],
        ),
        # The noun keeps to its description however many sentences lie between.
        (
            "A woman is dead after a shooting at an apartment complex on Fifth Street on "
            "Friday night, police said. Officers were called to the complex around 9 p.m. A "
            "man was taken into custody a short time later. Police said Andre Lyle, 28, was "
            "charged with second-degree murder. Investigators believe the two knew each "
            "other. The woman was identified as Shanice Odom of Gary.",
            [("Shanice Odom", "killed")],
            ["Andre Lyle"],
        ),
        # A group named in a list takes the group's harm.
        (
            "A man was charged Friday with killing two women whose bodies were found in a "
            "house on Cedar Lane. The women were identified as Jill Parsons, 44, and Dana "
            "Holt, 47. Shawn Pryor, 50, is being held without bail.",
            [("Dana Holt", "killed"), ("Jill Parsons", "killed")],
            ["Shawn Pryor"],
        ),
        # An appositive, and "the teen" for the "16-year-old boy" told before.
        (
            "A 16-year-old boy was killed Saturday in a drive-by shooting on Grove Street. "
            "The teen, identified as Jaylen Moss, was walking home from a friend's house, "
            "police said. Police arrested Dion Wells, 19, on Sunday and charged him with "
            "murder.",
            [("Jaylen Moss", "killed")],
            ["Dion Wells"],
        ),
        # A description told as arrested keeps its name a suspect's.
        (
            "A man was arrested Friday after a woman was shot on Elm Street. The man was "
            "identified as Curtis Bell, 40. The woman, 33, was treated for a leg wound.",
            [(None, "injured")],
            ["Curtis Bell"],
        ),
    ],
)
def test_a_description_named_later_keeps_its_role(
    text: str, victims: list[tuple[str | None, str]], suspects: list[str]
) -> None:
    assert roles_of(text) == (victims, suspects)


def test_a_count_of_suspects_named_in_an_appositive_is_no_group_of_victims() -> None:
    # "Two of the men, A and B, were charged with murder": the murder charge is not harm
    # done to the men; the verb past the names says what they are.
    text = (
        "Eleanor Briggs, 78, died Friday at a hospital after a beating. Two of the men, Kyle "
        "Ross, 20, and Jared Lamb, 22, were charged with murder."
    )
    assert roles_of(text) == ([("Eleanor Briggs", "killed")], ["Jared Lamb", "Kyle Ross"])


def test_a_count_of_victims_named_in_an_appositive_takes_the_verb_past_the_names() -> None:
    text = (
        "Two men, both in their twenties and both from Camden, were killed at a bar on "
        "Front Street. Police charged Omar Reyes, 29, with two counts of murder."
    )
    victims, suspects = roles_of(text)
    assert victims == [(None, "killed"), (None, "killed")] and suspects == ["Omar Reyes"]


def test_victims_listed_with_ages_and_towns_are_each_named() -> None:
    text = (
        "Three people were killed and two were wounded when a gunman opened fire in a bar "
        "early Saturday. The victims were Ann Leeds, 30, of Dayton; Bo Tran, 41, of Xenia; "
        "and Cyrus Hall, 19, of Kettering. Police arrested Gary Moss, 35, and charged him with "
        "three counts of murder."
    )
    victims, suspects = roles_of(text)
    assert victims == [
        (None, "injured"),
        (None, "injured"),
        ("Ann Leeds", "killed"),
        ("Bo Tran", "killed"),
        ("Cyrus Hall", "killed"),
    ]
    assert suspects == ["Gary Moss"]


def test_the_victim_was_before_a_relative_s_name_names_no_victim() -> None:
    # "The victim was Bo Tran's cousin": the list form is for plural "victims" only.
    text = (
        "A man was shot and killed on Elm Street on Friday. The victim was Bo Tran's cousin, "
        "police said. Tran was not hurt. Police charged Gary Moss, 35, with murder."
    )
    victims, _ = roles_of(text)
    assert ("Bo Tran", "killed") not in victims


def test_deaths_an_ordinal_statistic_recalls_are_no_victims_of_the_case() -> None:
    # "the city's third homicide this year, following the deaths of ...": other killings.
    text = (
        "Malik Greene, 18, was shot and killed at a house party Saturday. Police charged Ty "
        "Moss, 19, with murder. The shooting is the city's third homicide this year, following "
        "the deaths of Luis Ortega in January and Paula Hines in March."
    )
    victims, _ = roles_of(text)
    assert victims == [("Malik Greene", "killed")]


def test_someone_grazed_by_a_bullet_is_injured() -> None:
    text = (
        "Malik Greene, 18, was killed at a party Saturday. Andre Pope, 16, was grazed by a "
        "bullet. Police charged Ty Moss, 19, with murder."
    )
    victims, _ = roles_of(text)
    assert victims == [("Andre Pope", "injured"), ("Malik Greene", "killed")]


def test_a_bare_surname_after_a_relative_is_named_means_the_one_the_story_is_about() -> None:
    # "Leeds was stabbed 20 times" speaks of Ann Leeds, not of the son named just before.
    text = (
        "Ann Leeds, 40, was stabbed to death in her apartment on Friday, police said. Her son, "
        "Cal Leeds, 12, who was home at the time, was not hurt. A prosecutor said Leeds was "
        "stabbed 20 times. Police charged Dale Orr, 45, with murder."
    )
    victims, _ = roles_of(text)
    assert ("Ann Leeds", "killed") in victims
    assert all(name != "Cal Leeds" or outcome == "unharmed" for name, outcome in victims)


@pytest.mark.parametrize(
    "sentence",
    ["Among the dead was Ann Leeds, 30, of Dayton.", "Dead is Ann Leeds, 30, of Dayton."],
)
def test_a_victim_named_after_the_dead_is_named(sentence: str) -> None:
    text = (
        "A woman was shot and killed Friday night on Main Street. "
        f"{sentence} Police charged Dale Orr, 45, with murder."
    )
    assert roles_of(text) == ([("Ann Leeds", "killed")], ["Dale Orr"])


def test_a_home_town_between_the_name_and_its_harm_keeps_the_name() -> None:
    text = (
        "A woman was shot and killed Friday night on Main Street. Ann Leeds of Dayton, 30, was "
        "pronounced dead at a hospital. Police charged Dale Orr, 45, with murder."
    )
    assert roles_of(text) == ([("Ann Leeds", "killed")], ["Dale Orr"])


@pytest.mark.parametrize(
    ("after", "victims"),
    [
        # The one the next sentence accuses is no victim of the crash ...
        ("She faces charges of vehicular homicide.", [(None, "killed")]),
        # ... while one it tells more of is the one killed.
        ("She was a nurse at Mercy Hospital.", [("Rena Holt", "killed")]),
    ],
)
def test_the_driver_identified_after_a_death_is_the_one_the_next_sentence_tells(
    after: str, victims: list
) -> None:
    text = "A woman was killed in a crash Tuesday. Police identified the driver as Rena Holt, 31. "
    assert roles_of(text + after)[0] == victims


def test_the_one_identified_whom_the_next_sentence_charges_is_the_suspect() -> None:
    text = "Police identified the driver as Rena Holt, 31. She faces charges of vehicular homicide."
    facts = extract_facts(text, PUBLISHED)
    assert [f.fields["person"] for f in facts if f.kind == "ChargeFiled"] == ["Rena Holt"]
