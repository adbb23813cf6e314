"""Victims of every kind of crime, told as crime news tells them: who was harmed or targeted,
and whether they lived (extraction/victims.py, victim_names.py, no_harm.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A harm that lived told beside it ("treated and released"): injured, though the
        # case names an attempted murder.
        (
            "Rita Moss, 33, was charged with attempted murder after a house fire. Owen Hale "
            "suffered burns to his hands and was treated and released.",
            [("Owen Hale", None, "injured")],
        ),
        # Near miss: the same harm with nothing said of whether he lived, in a killing.
        (
            "Rita Moss, 33, was charged with murder after a house fire. Owen Hale suffered "
            "burns and died.",
            [("Owen Hale", None, "killed")],
        ),
    ],
)
def test_a_harm_told_with_survival_is_an_injury(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An animal's death makes no killing of the case: the man burned lived.
        (
            "Rita Moss, 33, was charged with arson. Owen Hale suffered burns to his arms. "
            "The family's dog died in the fire.",
            [("Owen Hale", None, "injured")],
        ),
        # Near miss: a person's death in the same place is the case's killing.
        (
            "Rita Moss, 33, was charged with arson. Owen Hale was shot in the chest. "
            "His neighbor died in the fire.",
            [("Owen Hale", None, "killed")],
        ),
    ],
)
def test_an_animal_s_death_is_no_killing(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The suspect said to be unhurt is no victim.
        (
            "Dale Ross, 24, was charged with vehicular homicide. Ross was not injured.",
            [],
        ),
        # Near miss: someone else unhurt is a victim who was targeted.
        (
            "Dale Ross, 24, was charged with robbery. Nina Ford was not injured.",
            [("Nina Ford", None, "unharmed")],
        ),
    ],
)
def test_a_suspect_unhurt_is_no_victim(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name after "a" names a thing (a car), not a person killed.
        (
            "Dale Ross, 24, was charged with vehicular homicide. Police said his pickup ran a "
            "red light and struck a Honda Accord, killing the driver.",
            [],
        ),
        # Near miss: a person named after the verb is the one killed.
        (
            "Dale Ross, 24, was charged with vehicular homicide. Police said his pickup ran a "
            "red light and struck Nina Ford, killing her.",
            [("Nina Ford", None, "killed")],
        ),
    ],
)
def test_a_name_after_a_names_a_thing_not_a_victim(text: str, expected: list) -> None:
    assert [v for v in victims_of(text) if v[0]] == expected


S = "Cole Vance, 30, was arrested Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Victims named by what they were or did: a firefighter, a homeowner, a teller.
        (
            S + "A firefighter was also hurt when the porch roof collapsed.",
            [(None, None, "injured")],
        ),
        (S + "The 78-year-old homeowner was punched repeatedly.", [(None, 78, "injured")]),
        # Near miss: the same people with no harm said of them.
        (S + "A firefighter said the flames spread quickly.", []),
        (S + "The homeowner was asleep upstairs.", []),
        # Someone who died, told after an apposition of age.
        (S + "The driver of the sedan, 62, died at the scene.", [(None, 62, "killed")]),
        (S + "The driver of the sedan, 62, said the light was red.", []),
        # Taken to a hospital named by its name.
        (
            S + "Her passenger, a 65-year-old woman, was taken to Mercy Medical Center with "
            "serious injuries.",
            [(None, None, "injured")],
        ),
        (S + "Her passenger was taken to the police station for questioning.", []),
        # An age in months.
        (
            S + "His 2-month-old son was brought to a hospital with a fractured skull.",
            [(None, None, "injured")],
        ),
        (S + "His 2-month-old son was brought to a family reunion.", []),
    ],
)
def test_victims_by_role_and_where_they_were_taken(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Harm told after another verb: "was bound ... but was not injured" (targeted),
        # "tried to pull him away and was stabbed".
        (
            S + "His wife, 75, was bound with zip ties but was not injured.",
            [(None, 75, "unharmed")],
        ),
        (
            S + "Vance stabbed his wife in the kitchen. Her mother, 67, tried to pull him away "
            "and was stabbed in the arm.",
            [(None, None, "injured"), (None, 67, "injured")],
        ),
        # Near miss: someone who only did something and was not hurt was no target.
        (S + "His wife, 75, called 911 and was not injured.", []),
    ],
)
def test_harm_told_after_another_verb(text: str, expected: list) -> None:
    assert victims_of(text) == expected


F = "Rita Moss, 33, was charged with arson. Owen Hale suffered burns and was treated and released. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One more victim, told as one more ("also", "a second"), is not the one named.
        (
            F + "A firefighter was also hurt when the roof collapsed.",
            [(None, None, "injured"), ("Owen Hale", None, "injured")],
        ),
        # Near miss: the same description told without "also" may be the named man.
        (F + "A firefighter was hurt when the roof collapsed.", [("Owen Hale", None, "injured")]),
    ],
)
def test_one_more_victim_told_beside_a_named_one(text: str, expected: list) -> None:
    assert victims_of(text) == expected


B = "Officers arrested Quinn Pope, 25, a few blocks away. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "identified the man who died as X": the one who died is named.
        (
            B + "Police identified the man who died as 36-year-old Lyle Banks.",
            [("Lyle Banks", 36, "killed")],
        ),
        # Near miss: the man who called police is no victim.
        (B + "Police identified the man who called 911 as Lyle Banks.", []),
        # "and two other people were injured": the others of the same incident.
        (
            B + "A bouncer was killed and two other people were injured outside the bar.",
            [(None, None, "injured"), (None, None, "injured"), (None, None, "killed")],
        ),
        # Near miss: others counted with no harm of this incident before them.
        (B + "Two other people were injured in a crash on the same road last year.", []),
        # ... and told by participles after the case's own harm.
        (
            B + "He is accused of firing into a crowd, killing Tova Brandt and wounding two "
            "other women.",
            [(None, None, "injured"), (None, None, "injured"), ("Tova Brandt", None, "killed")],
        ),
        # Near miss: participles of another incident, with no harm of this one before.
        (B + "A year ago a gunman fired into a crowd, wounding two other women.", []),
    ],
)
def test_the_one_who_died_and_the_others_hurt(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Money lost or handed over: a victim of a fraud, unharmed (the outcomes name bodily
        # harm; a fraud's victim is targeted, not hurt).
        (
            S + "One victim, an 81-year-old woman, lost $40,000 to the scheme.",
            [(None, 81, "unharmed")],
        ),
        (S + "A 77-year-old man wired nearly $95,000 to the caller.", [(None, 77, "unharmed")]),
        (
            S + "Vance is accused of stealing more than $200,000 from an 88-year-old widow.",
            [(None, 88, "unharmed")],
        ),
        (
            S + "Vance drained more than $40,000 from the older woman's bank accounts.",
            [(None, None, "unharmed")],
        ),
        # Near miss: money a person paid with no scheme against them.
        (S + "A 77-year-old man paid the bill for the family.", []),
        # Injuries told with a hyphenated word, and survival expected.
        (
            S + "Police said the woman suffered life-threatening injuries.",
            [(None, None, "injured")],
        ),
        (S + "The victim, a 45-year-old man, is expected to survive.", [(None, 45, "injured")]),
        (S + "The victim, a 45-year-old man, is expected to testify.", []),
    ],
)
def test_money_lost_and_injuries_told_otherwise(text: str, expected: list) -> None:
    assert victims_of(text) == expected


K = "Police arrested Cole Vance, 31, on Tuesday in the fatal shooting of Ann Roe on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The harm an earlier year's plea or conviction was for is another matter's.
        (K + "Vance pleaded guilty in 2012 to robbing a clerk at a gas station.", []),
        (K + "Vance was convicted in 2015 of assaulting a woman in Dayton.", []),
        (K + "He had served prison time for a 2017 assault in which he beat a man.", []),
        # Near miss: the case's own harm, told with the conviction in a court story.
        (
            "Cole Vance, 31, was sentenced Friday to life in prison. Vance was convicted in "
            "2023 of killing a woman in her home.",
            [(None, None, "killed")],
        ),
    ],
)
def test_harm_an_earlier_conviction_was_for_is_another_matter(text: str, expected: list) -> None:
    assert [v for v in victims_of(text) if v[0] is None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The victim's pronoun right after: "He died Sunday" makes the man shot killed.
        (
            S + "A man was shot in the chest outside a bar. He died Sunday at a hospital.",
            [(None, None, "killed")],
        ),
        (
            S + "A 25-year-old man was stabbed during a fight. He was taken to a hospital, "
            "where he later died.",
            [(None, 25, "killed")],
        ),
        # Near misses: another pronoun, or a sentence that names someone.
        (S + "A woman was shot in the arm. He died later.", [(None, None, "injured")]),
        (
            S + "A man was shot in the chest. He was expected to survive.",
            [(None, None, "injured")],
        ),
        # Found unresponsive: a name found so is the dead.
        (
            S + "Police found Rosa Vega, 41, unresponsive in the bathtub.",
            [("Rosa Vega", 41, "killed")],
        ),
    ],
)
def test_a_death_told_of_the_victim_s_pronoun(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one person the sentence before named is whom "She" stands for.
        (
            S + "Officers found Keisha Moore in the back seat. She had minor injuries.",
            [("Keisha Moore", None, "injured")],
        ),
        # Near misses: the pronoun says no harm, or two people were named before it.
        (S + "Officers found Keisha Moore in the back seat. She said she heard shots.", []),
        (
            S + "Officers spoke with Keisha Moore and Dana Ruiz. She had minor injuries.",
            [],
        ),
    ],
)
def test_harm_told_of_the_one_person_named_before(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Harm told as years before is another incident's, whoever it befell.
        (S + "Vance's brother was killed in a crash years ago.", []),
        (S + "His sister was shot in a robbery two decades earlier.", []),
        # Near miss: the same harm with no time long before.
        (S + "Vance's brother was killed in the crash.", [(None, None, "killed")]),
    ],
)
def test_harm_told_years_ago_is_another_incident_s(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A couple is two people; told again, the same two.
        (
            S + "Vance is charged in the shooting deaths of a Memphis couple.",
            [(None, None, "killed")] * 2,
        ),
        (
            S + "An elderly couple was found dead in their home. The couple was shot.",
            [(None, None, "killed")] * 2,
        ),
        # Near miss: "a couple of" counts things.
        (S + "Vance robbed a couple of stores.", []),
        # Injuries told otherwise: found with them, a single injury after another verb, and
        # the other driver.
        (
            S + "His 6-month-old daughter was found with a skull fracture.",
            [(None, None, "injured")],
        ),
        (
            S + "The driver, a 70-year-old man, was pulled from his car and suffered a head "
            "injury.",
            [(None, None, "injured")],
        ),
        (S + "The crash also injured the other driver.", [(None, None, "injured")]),
        (S + "His daughter was found with her grandmother.", []),
    ],
)
def test_couples_and_injuries_told_otherwise(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Harm done with other verbs, and an injury suffered by someone described.
        (S + "Vance pistol-whipped a 58-year-old clerk at a gas station.", [(None, 58, "injured")]),
        (S + "Vance is accused of shaking an infant at the day care.", [(None, None, "injured")]),
        (
            S + "She was charged with injury to a child after a 5-month-old boy in her care "
            "suffered a brain bleed.",
            [(None, None, "injured")],
        ),
        # Near misses: a death by illness or an overdose is no crime's; a suffering of no
        # injury is none.
        (S + "His brother died of an overdose.", []),
        (S + "A 5-month-old boy suffered a fever.", []),
    ],
)
def test_harm_told_by_other_verbs(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count of people present and unhurt is no victim at all (it was read as hurt).
        (S + "Two children, ages 4 and 6, were in the back seat and were not injured.", []),
        # Running someone over; near miss: the words with no one run over.
        (S + "Vance is accused of running over a pedestrian.", [(None, None, "injured")]),
        (S + "Vance is accused of running over a curb.", []),
    ],
)
def test_counts_unhurt_and_run_over(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one described as hurt, with nothing said of whether he lived, is the one named
        # as dead.
        (
            "A man was shot outside a bar Saturday night. Police identified him as Carl Boyd, "
            "45. Boyd died Sunday at a hospital.",
            [("Carl Boyd", 45, "killed")],
        ),
        (
            "A 45-year-old man was wounded in a shooting Saturday. On Monday, police said Carl "
            "Boyd had died of his injuries.",
            [("Carl Boyd", None, "killed")],
        ),
        (
            "A pedestrian was struck and killed Friday. The victim was identified as Carl Boyd.",
            [("Carl Boyd", None, "killed")],
        ),
        # Near misses: someone told to have lived is someone else.
        (
            "A man was shot in the leg and is recovering. Ana Lopez, 33, was pronounced dead at "
            "the scene.",
            [(None, None, "injured"), ("Ana Lopez", 33, "killed")],
        ),
        (
            "A 30-year-old man suffered a broken arm in the crash. Ana Lopez, 33, died at a "
            "hospital.",
            [(None, 30, "injured"), ("Ana Lopez", 33, "killed")],
        ),
    ],
)
def test_the_one_hurt_named_as_dead_is_one_victim(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            S + "The shooting left one man dead and another critically injured.",
            [(None, None, "injured"), (None, None, "killed")],
        ),
        (S + "The shooting left one man dead.", [(None, None, "killed")]),
        (
            S + "The 3-year-old was airlifted to a trauma center and is expected to survive.",
            [(None, 3, "injured")],
        ),
        (S + "The 3-year-old was airlifted to safety by a helicopter crew.", []),
        (
            S + "An off-duty officer who tried to intervene was shot in the hand.",
            [(None, None, "injured")],
        ),
        (S + "An off-duty officer who tried to intervene was praised by the mayor.", []),
    ],
)
def test_one_dead_and_another_hurt_ages_and_those_who_intervened(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The suspect hurt in his own crash is no victim; the passenger he hurt is.
        (
            "Tom Novak, 18, was charged with reckless homicide. A passenger, a 17-year-old "
            "girl, suffered a broken pelvis. Novak suffered minor injuries.",
            [(None, None, "injured")],
        ),
        # A robbery's victim who handed over cash is the one shot, not a second victim.
        (
            S + "When the clerk, a 61-year-old woman, handed over about $300, Vance shot her "
            "in the stomach. The clerk was hospitalized.",
            [(None, None, "injured")],
        ),
        # Someone who came out at the sound and was shot.
        (
            S + "A guest who heard the shot and came out of his room was shot in the shoulder.",
            [(None, None, "injured")],
        ),
        (S + "A guest who heard the shot called 911.", []),
    ],
)
def test_the_suspect_hurt_the_robbed_and_those_who_came_out(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Someone whose card or account was used or drained is a theft's victim, unharmed.
        (
            S + "Vance used the debit card of a 79-year-old resident to buy groceries.",
            [(None, 79, "unharmed")],
        ),
        (S + "Vance drained the bank account of an elderly widow.", [(None, None, "unharmed")]),
        # Near miss: the card of a store, not of a person.
        (S + "Vance used the gift card of a local store.", []),
    ],
)
def test_a_card_or_account_used_names_a_theft_s_victim(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "sheriff's deputy" is no possessive of a name: the second deputy stays hurt.
        (
            S + "A Clayton County sheriff's deputy was killed and a second deputy was wounded.",
            [(None, None, "injured"), (None, None, "killed")],
        ),
        # Near miss: a name's relative is read as before.
        (S + "Lee's son was shot.", [(None, None, "injured")]),
    ],
)
def test_a_possessive_is_a_name_s(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Counted people of a school, a family or a workplace, framed by harm.
        (S + "Vance stabbed two classmates during lunch.", [(None, None, "injured")] * 2),
        # Near misses: the same count not harmed, or accused.
        (S + "Two classmates told police about the argument.", []),
        (S + "Two students were arrested after the fight.", []),
    ],
)
def test_counted_classmates_and_relatives(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a friend of X's who tried to ... suffered a broken nose"
        (
            S + "A friend of Fisher's who tried to break up the fight suffered a broken nose.",
            [(None, None, "injured")],
        ),
        # Near miss: the friend is quoted, not hurt.
        (S + "A friend of Fisher's who tried to break up the fight said it was over fast.", []),
    ],
)
def test_a_friend_who_stepped_in(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare "shot his son" in a story of a killing is the son told wounded before, not
        # a second one killed.
        (
            "A Marlow man shot and killed his wife and wounded their 9-year-old daughter before "
            "killing himself. Police believe Ivo Drake shot his wife in the kitchen, then shot "
            "his daughter as she ran.",
            [(None, None, "killed"), (None, 9, "injured")],
        ),
        # Near miss: with no one of that kind told hurt before, the bare harm is the killing.
        (
            "Ivo Drake, 40, is charged with murder in the death of his neighbor. Police said "
            "Drake beat his neighbor with a bat.",
            [(None, None, "killed")],
        ),
    ],
)
def test_a_bare_harm_told_of_one_wounded_before(text: str, expected: list) -> None:
    assert victims_of(text) == expected
