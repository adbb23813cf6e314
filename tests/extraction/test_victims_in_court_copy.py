"""Victims as court copy tells them: the case's harm told again beside the words of the court
(an age joined to a name, a charge of an attempt, a judge's "nobody died"), which make no
further victim nor a death. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import described_victims_of as victims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivo Brandt is accused of killing 34-year-old Mara Quell outside a bar on May 2.",
            [("Mara Quell", "victim", "killed")],
        ),
        (
            "Ivo Brandt, 51, is charged with killing two-year-old Tobin Reast in April.",
            [("Tobin Reast", "victim", "killed")],
        ),
        # near miss: a count with no noun after the verb is still a count of the dead
        (
            "Police said Ivo Brandt opened fire in the lobby, killing two.",
            [(None, "people", "killed")] * 2,
        ),
    ],
)
def test_an_age_joined_to_a_name_counts_no_one(text: str, expected: list) -> None:
    assert victims_of(text) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man accused of setting fire to a house while three children slept inside has "
            "been charged with attempted murder. Ivo Brandt, 40, appeared in court.",
            [],
        ),
        (
            "A man accused of setting fire to a house while three children slept inside has "
            "been charged with attempted second-degree murder. Ivo Brandt, 40, appeared in court.",
            [],
        ),
        # near miss: a charge of the killing itself tells the deaths
        (
            "A man accused of setting fire to a house while three children slept inside has "
            "been charged with murder. Ivo Brandt, 40, appeared in court.",
            [(None, "children", "killed")] * 3,
        ),
    ],
)
def test_a_charge_of_an_attempt_tells_no_death(text: str, expected: list) -> None:
    assert victims_of(text) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivo Brandt, 40, was jailed for arson. Cal Orrin suffered burns to his hands. "
            '"It is only by luck that nobody died," the judge said.',
            [("Cal Orrin", "victim", "injured")],
        ),
        (
            "Ivo Brandt, 40, is charged. Cal Orrin was stabbed in the street. No one was killed, "
            "police said.",
            [("Cal Orrin", "victim", "injured")],
        ),
        # near miss: "nobody else" tells that someone did die
        (
            "Ivo Brandt, 40, is charged. Cal Orrin was stabbed in the street. Nobody else died, "
            "police said.",
            [("Cal Orrin", "victim", "killed")],
        ),
    ],
)
def test_a_death_denied_of_everyone_is_no_killing(text: str, expected: list) -> None:
    assert victims_of(text) == sorted(expected, key=str)


LEAD = "Ivo Brandt, 34, was jailed for burglary. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a push told with where it sent her, and a bone broken in the attack
        (
            "Mara Quell, 84, was pushed to the floor by the intruders.",
            [("Mara Quell", "victim", "injured")],
        ),
        (
            "In a statement read to the court, Mara Quell, 84, who broke her wrist when she "
            "was shoved over in her hallway, said she no longer feels safe.",
            [("Mara Quell", "victim", "injured")],
        ),
        # a name in apposition to a role after a phrase that opens the sentence
        (
            "In one of the raids, in March, an 84-year-old woman, Mara Quell, was pushed to "
            "the floor.",
            [("Mara Quell", "victim", "injured")],
        ),
        # near miss: "pushed" of anything but a body is no harm
        ("Mara Quell pushed for a longer sentence, the court heard.", []),
        ("Mara Quell was pushed for time, her solicitor said.", []),
    ],
)
def test_a_push_and_a_broken_bone_are_harm(text: str, expected: list) -> None:
    assert victims_of(LEAD + text) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "hurt" after a name says she was hurt, whatever death the sentence told before her
        (
            "Cal Orrin, 61, was killed and his wife, Rosalind Orrin, was badly hurt when the "
            "van hit their bicycle.",
            [("Cal Orrin", "victim", "killed"), ("Rosalind Orrin", "victim", "injured")],
        ),
        (
            "Cal Orrin, 61, was killed. Rosalind Tabb was seriously hurt.",
            [("Cal Orrin", "victim", "killed"), ("Rosalind Tabb", "victim", "injured")],
        ),
        # near miss: a death told after her name is hers
        (
            "Cal Orrin, 61, was killed and his wife, Rosalind Orrin, was injured and later died.",
            [("Cal Orrin", "victim", "killed"), ("Rosalind Orrin", "victim", "killed")],
        ),
    ],
)
def test_hurt_after_a_name_beside_a_death(text: str, expected: list) -> None:
    assert victims_of(LEAD + text) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone's words describe the victim the report told, no one more
        (
            "Ivo Brandt, 34, is accused of fatally shooting a neighbor. "
            '"Instead a young father is dead," the police chief said.',
            [(None, "neighbor", "killed")],
        ),
        (
            "Ivo Brandt, 34, is charged in the death of Mara Quell. "
            '"A young mother is dead because of him," her sister said.',
            [("Mara Quell", "victim", "killed")],
        ),
        # near miss: words that tell of one more harmed
        (
            "Ivo Brandt, 34, is accused of fatally shooting a neighbor. "
            '"Another young father was wounded too," the police chief said.',
            [(None, "neighbor", "killed"), (None, "young father", "injured")],
        ),
    ],
)
def test_a_victim_described_in_quoted_words_is_the_one_told(text: str, expected: list) -> None:
    assert victims_of(text) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death told as the time of a life's event, in a plea for leniency
        (
            "Her lawyer told the judge Quell had relapsed after the death of her grandmother.",
            [("Tod Wicks", "victim", "killed")],
        ),
        (
            "Quell began drinking again after the death of her father, the court heard.",
            [("Tod Wicks", "victim", "killed")],
        ),
        # near miss: a death told as the time of a step of the case may be its harm
        (
            "Quell was charged after the death of her grandmother.",
            [("Tod Wicks", "victim", "killed"), (None, "grandmother", "killed")],
        ),
    ],
)
def test_a_death_told_as_the_time_of_a_life_event(text: str, expected: list) -> None:
    lead = "A woman accused of killing a cyclist was jailed. Mara Quell, 27, is charged. "
    lead += "Tod Wicks, 61, was killed. "
    assert victims_of(lead + text) == sorted(expected, key=str)
