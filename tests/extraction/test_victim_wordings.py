"""Victims in wordings of many kinds of crime story (extraction/victims.py, victim_names.py,
victim_wording.py, scope.py): who was harmed in the case, and how."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A robbery's victim said to be unhurt is still a victim.
        (
            "Police said Omar Vance approached the 61-year-old victim as he walked to his car "
            "and demanded his wallet. He was not injured.",
            [(None, 61, "unharmed")],
        ),
        (
            "Lena Ruiz, 30, is charged with robbery. She pushed the 72-year-old victim to the "
            "ground, and the victim was treated for a broken wrist.",
            [(None, 72, "injured")],
        ),
        # A count split by outcome, then the dead man named.
        (
            "Two women were shot, one fatally, outside a bar on Friday. The woman who died was "
            "identified as Nia Cole, 24. Police charged Ray Dunn, 31, with murder.",
            [(None, None, "injured"), ("Nia Cole", 24, "killed")],
        ),
        # A charge's name reports no harm; an attempt kills no one.
        (
            "Kurt Olsen, 40, will be charged with attempted murder of a police officer. The "
            "officer was not hit.",
            [(None, None, "unharmed")],
        ),
        (
            "Dale Pike, 33, was charged with two counts of assault on a police officer.",
            [],
        ),
        # Another incident of the same suspect, told in passing.
        (
            "Police charged Ray Dunn, 31, with murder in the death of Nia Cole. Dunn is also a "
            "suspect in a stabbing last year that wounded a man, detectives said.",
            [("Nia Cole", None, "killed")],
        ),
        # The suspect wounded by deputies is not a victim of the case.
        (
            "Deputies shot and wounded a man who fired at them on Sunday. Deputy Ana Frey was "
            "struck in the leg. The suspect, identified as Carl Boyd, 29, was hospitalized. Boyd "
            "will be charged with attempted murder.",
            [("Ana Frey", None, "injured")],
        ),
        # Harm done by police makes no victim of the case.
        (
            "An officer shot and killed a man who pointed a rifle at him on Friday. The man, "
            "identified as Joel Hart, 40, was wanted on a warrant. No officers were hurt.",
            [],
        ),
        # Money taken from someone: a victim, unharmed.
        (
            "Rita Vale, 58, is charged with stealing $90,000 from an elderly woman she cared for.",
            [(None, None, "unharmed")],
        ),
        (
            "Paul Ames, 44, is accused of defrauding a retired teacher of his savings.",
            [(None, None, "unharmed")],
        ),
        # A relative harmed, then referred back to with an age; "deadly weapon" kills no one.
        (
            "Police say Ty Reed, 34, beat his girlfriend and threatened her with a knife. He is "
            "charged with assault with a deadly weapon. The woman, 29, was treated for cuts.",
            [(None, 29, "injured")],
        ),
        (
            "Sam Holt, 29, is charged with abusing his infant daughter, who suffered broken ribs.",
            [(None, None, "injured")],
        ),
        (
            "A man was stabbed outside a bar on Friday. The victim, 27, was taken to a hospital "
            "in critical condition. Police arrested Ian Roe, 30.",
            [(None, 27, "injured")],
        ),
        # Meant to kill someone is no killing of him.
        (
            "Police say Ned Fox, 41, beat his neighbor, Allen Gray, 57, to death. Fox lay in wait "
            "with the intent of killing a different man.",
            [(None, None, "unharmed"), ("Allen Gray", 57, "killed")],
        ),
        # Counts with the noun left out, and one of a hurt group who died later.
        (
            "Two people were killed and three were wounded in a shooting on Friday. Police "
            "charged Eli Stone, 19, with murder.",
            [(None, None, "injured")] * 3 + [(None, None, "killed")] * 2,
        ),
        (
            "Officers found three men with gunshot wounds. One of them died at the scene. "
            "Police charged Eli Stone, 19, with murder.",
            [(None, None, "injured")] * 2 + [(None, None, "killed")],
        ),
        # An age standing for the victim; hospitalized; a woman referred back with her age.
        (
            "Police arrested Eli Stone, 19, after a 16-year-old was shot in the leg on Friday.",
            [(None, 16, "injured")],
        ),
        (
            "A 4-year-old boy was hospitalized with burns. Roy Tate, 36, was charged with abuse.",
            [(None, 4, "injured")],
        ),
        (
            "A pedestrian was injured by a hit-and-run driver. The woman, 62, was crossing the "
            "street when she was hit. Police arrested Cody Marsh, 35.",
            [(None, 62, "injured")],
        ),
        # The one police shot, named after his role, is no victim; the deputy he shot is.
        (
            "A trooper was wounded at a traffic stop, and the driver was killed when troopers "
            "returned fire. Trooper Jay Reyes, 31, was struck in the leg. The driver, Lamar "
            "Hicks, 40, died at the scene. His passenger, Tia Hicks, 38, was charged.",
            [("Jay Reyes", 31, "injured")],
        ),
        (
            "A deputy was shot in the arm before deputies returned fire. Police arrested Bo "
            "Lane, 30.",
            [(None, None, "injured")],
        ),
        # The age told first stays when a later sentence tells the harm.
        (
            "A 52-year-old man was robbed near an ATM on Saturday. The man suffered cuts to his "
            "head. Police arrested Kevin Ross, 19.",
            [(None, 52, "injured")],
        ),
        (
            "Police identified the woman found dead in a Maple Street home Tuesday as Gloria "
            "Hunt, 71. Her grandson, Tyler Hunt, 24, was charged with murder.",
            [("Gloria Hunt", 71, "killed")],
        ),
        (
            "A man was found shot to death inside a car early Thursday. Police named Jerome "
            "Bates, 30, as a person of interest.",
            [(None, None, "killed")],
        ),
        # Harm said of the next name in an apposition is not the first name's.
        (
            "Bo Tran, 30, fired at Deputy Ana Ruiz, who was not hit. He was charged.",
            [("Ana Ruiz", None, "unharmed")],
        ),
        # "died" with no verb before it; a relative by possessive.
        (
            "A 7-year-old boy died and his mother was injured in the crash. Bo Tran, 30, was "
            "charged.",
            [(None, None, "injured"), (None, 7, "killed")],
        ),
    ],
)
def test_victims_of_many_stories(
    text: str, expected: list[tuple[str | None, int | None, str]]
) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "outcomes"),
    [
        # A count of one, by its singular noun, beside a count of others.
        (
            "Four people were wounded and one man was killed in the shooting.",
            ["injured"] * 4 + ["killed"],
        ),
        ("Police said one woman was shot outside the bar.", ["injured"]),
        # One man counted as the one arrested is no victim.
        (
            "One man was arrested after the shooting that wounded two people.",
            ["injured", "injured"],
        ),
    ],
)
def test_a_count_of_one(text: str, outcomes: list) -> None:
    assert sorted(outcome for _name, _age, outcome in victims_of(text)) == sorted(outcomes)


@pytest.mark.parametrize(
    ("text", "outcomes"),
    [
        # The subject harmed in a relative clause and accused in the main one is the suspect.
        ("A man who was shot during a robbery he is accused of committing has been charged.", []),
        # Someone else's relative clause accuses no one of the subject.
        (
            "A man who was shot outside a bar by a gunman who has been arrested is recovering.",
            ["injured"],
        ),
    ],
)
def test_the_subject_harmed_and_accused_is_no_victim(text: str, outcomes: list) -> None:
    assert [outcome for _name, _age, outcome in victims_of(text)] == outcomes


@pytest.mark.parametrize(
    ("text", "outcomes"),
    [
        # The described subject harmed in a relative clause whose main verb tells his death.
        ("A man who was shot Friday night outside a bar has died, police said.", ["killed"]),
        ("A 19-year-old who was stabbed at a party died Sunday.", ["killed"]),
        # The agent of the harm is no one who died.
        ("A woman who was stabbed by her boyfriend died Sunday.", ["killed"]),
        # A death told of someone else after "but" is his.
        (
            "A man who was shot in the leg survived, but his brother, who was hit in the "
            "chest, died.",
            ["injured", "killed"],
        ),
    ],
)
def test_the_subject_harmed_in_a_relative_clause_who_died(text: str, outcomes: list) -> None:
    assert sorted(outcome for _name, _age, outcome in victims_of(text)) == outcomes


@pytest.mark.parametrize(
    ("text", "outcomes"),
    [
        # The ledes of a breaking story: the harm as a participle, then the death.
        ("A man shot Friday outside a bar has died.", ["killed"]),
        ("A woman is dead after a shooting in Elmwood.", ["killed"]),
        (
            "One person is dead and two are injured after a shooting.",
            ["injured", "injured", "killed"],
        ),
        ("Two people are dead after a shooting.", ["killed", "killed"]),
        # Not a death: a stance, or people in custody.
        ("A man who is dead set against the plan spoke at the meeting.", []),
        ("One man is charged with murder.", []),
        ("Two men are in custody in the killing.", []),
    ],
)
def test_the_ledes_of_a_breaking_story(text: str, outcomes: list) -> None:
    assert sorted(outcome for _name, _age, outcome in victims_of(text)) == outcomes
