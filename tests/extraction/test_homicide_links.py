"""Homicide links on unseen wordings: who a sentence ties to a killing, to which killing, and
when a homicide charge ends the link. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of, links_of


def victims_of(text: str) -> set[tuple[str | None, str]]:
    return {(f["name"], f["outcome"]) for f in facts_of("VictimReported", text)}


DEATH = "Lena Marsh, 45, was found dead in her home Sunday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Custody-taking in the death, however it is worded.
        (
            "Tobias Grell, 32, was taken into custody Tuesday in the death of Lena Marsh, 45.",
            [("Tobias Grell", "Lena Marsh")],
        ),
        (
            DEATH + "Tobias Grell, 32, was taken into custody by U.S. Marshals in Ohio in "
            "connection with the Jan. 5 killing.",
            [("Tobias Grell", "Lena Marsh")],
        ),
        (
            DEATH + "Tobias Grell, 32, was apprehended Tuesday and is being questioned about "
            "the killing.",
            [("Tobias Grell", "Lena Marsh")],
        ),
        # In a story of a killing, "the case" and "the investigation" are that killing ...
        (
            DEATH + "Officers took Tobias Grell, 32, into custody Monday in connection with "
            "the investigation.",
            [("Tobias Grell", "Lena Marsh")],
        ),
        # ... but "a DWI case" is another matter.
        (
            DEATH + "Tobias Grell, 32, was arrested Monday. His fingerprints were linked to a "
            "DWI case from 1999.",
            [],
        ),
        # Who the police say did it, before any charge.
        (
            DEATH + "Police said Tobias Grell, 32, shot and killed her during an argument.",
            [("Tobias Grell", "Lena Marsh")],
        ),
        (
            DEATH + "Detectives identified Tobias Grell, 32, as the gunman in the fatal shooting.",
            [("Tobias Grell", "Lena Marsh")],
        ),
        # A link verb in any tense, with the person as its object.
        (
            DEATH + "Police said evidence links Tobias Grell, 32, to her death.",
            [("Tobias Grell", "Lena Marsh")],
        ),
        # The person named as the subject of the link, whatever else the article says of him.
        (
            DEATH + "Police say Tobias Grell, 32, may have been involved in her killing.",
            [("Tobias Grell", "Lena Marsh")],
        ),
        # The victim named only by a pronoun: the case's named victim.
        (
            DEATH + "Her ex-husband, Tobias Grell, 32, was taken into custody Monday and is "
            "considered a suspect in her death, police said.",
            [("Tobias Grell", "Lena Marsh")],
        ),
    ],
)
def test_links_before_any_charge(text: str, expected: list) -> None:
    assert links_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "Charged in her death" is a homicide charge when no other charge is named.
        "Tobias Grell, 32, was arrested Tuesday in connection with the death of Lena Marsh, 45. "
        "He has been charged in her death and is held without bail.",
        # A further charge expected once a homicide charge is filed is no link.
        "Tobias Grell, 32, was charged with murder in the death of Lena Marsh, 45. Prosecutors "
        "said he is expected to be charged with tampering in the death as well.",
        # "A suspect" in an unrelated case is not the case's suspect.
        "Tobias Grell, 32, was charged with murder in the death of Lena Marsh, 45. In an "
        "unrelated case, police are still searching for a suspect in the killing of Ray Oduya, "
        "60, last month.",
        # A statistic of killings ties no one to them.
        "Tobias Grell, 32, was charged with murder in the death of Lena Marsh, 45. The county "
        "recorded 14 homicides tied to domestic violence last year, the most in a decade.",
    ],
)
def test_no_link_once_charged_or_elsewhere(text: str) -> None:
    assert links_of(text) == []


def test_charged_in_the_death_with_other_charges_named_keeps_the_link() -> None:
    # The headline's "charged in the death" speaks of the charges the body names.
    text = (
        "Man charged in clerk's death denied bond\n\nTobias Grell, 32, is accused of fatally "
        "shooting Lena Marsh, 45. Grell faces malicious wounding and firearm charges in "
        "connection with the shooting."
    )
    assert [person for person, _ in links_of(text)] == ["Tobias Grell"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A killing whose named victim is not the charged one's is a further link.
        (
            "Tobias Grell, 32, was charged Tuesday with murder in the shooting death of Lena "
            "Marsh. Investigators say the gun found in his car may be connected to the killing "
            "of Ray Oduya in 2022.",
            [("Tobias Grell", "Ray Oduya")],
        ),
        (
            "Tobias Grell, 32, was charged with murder in the death of Lena Marsh, 45. Grell "
            "had been questioned in the 2015 death of Ray Oduya but was never charged.",
            [("Tobias Grell", "Ray Oduya")],
        ),
        # Counted killings: "at least", and a killing verb beside "other".
        (
            "Tobias Grell, 32, was charged with murder in the strangling death of Lena Marsh, "
            "45. Detectives believe Grell is responsible for the deaths of at least two other "
            "women in the county.",
            [("Tobias Grell", None), ("Tobias Grell", None)],
        ),
        (
            "Tobias Grell, 32, was charged with murder in the death of Lena Marsh, 45. Police "
            "said Grell is believed to have killed two other people in Ohio last year.",
            [("Tobias Grell", None), ("Tobias Grell", None)],
        ),
        # Counted beside "other": the dead may be of any kind the report names.
        (
            "Tobias Grell, 32, was charged with three counts of murder. Grell has also been "
            "named a suspect in the deaths of two other residents of the care home.",
            [("Tobias Grell", None), ("Tobias Grell", None)],
        ),
        (
            "Tobias Grell, 32, was charged with murder in the death of Lena Marsh, 45. Police "
            "said Grell may have killed two more hikers on the same trail.",
            [("Tobias Grell", None), ("Tobias Grell", None)],
        ),
        # Near miss: "other" things, not people, that died in no one's hands.
        (
            "Tobias Grell, 32, was charged with murder in the death of Lena Marsh, 45. Grell "
            "also faces two other charges in the case.",
            [],
        ),
        # A co-suspect named by a relation is linked, not the one charged.
        (
            "Tobias Grell, 32, was charged with murder in the death of Lena Marsh, 45. Police "
            "said Grell's cousin, Amos Pike, 29, is also a suspect in the killing.",
            [("Amos Pike", None)],
        ),
    ],
)
def test_links_beside_a_homicide_charge(text: str, expected: list) -> None:
    assert links_of(text) == expected


def test_an_attempted_murder_charge_keeps_a_person_of_interest_link() -> None:
    # An attempt kills no one: the killing he is a person of interest in stays a link.
    text = (
        "Tobias Grell, 32, is facing attempted murder charges after firing at an officer. He "
        "is a person of interest in a recent homicide in the city, police said."
    )
    assert [person for person, _ in links_of(text)] == ["Tobias Grell"]


PLOT = (
    "Rena Vollmer-Hart, 52, was arrested Friday after she paid an undercover trooper to kill "
    "her ex-husband. She is charged with {charge}. Detectives said Vollmer-Hart is a person of "
    "interest in the 2017 drowning death of her business partner, Dale Oakes."
)


@pytest.mark.parametrize(
    ("charge", "expected"),
    [
        # A plot to kill kills no one: the death she is a person of interest in stays a link.
        ("conspiracy to commit murder", [("Rena Vollmer-Hart", "Dale Oakes")]),
        ("solicitation of murder", [("Rena Vollmer-Hart", "Dale Oakes")]),
        # A charge of the killing itself ends the link to it.
        ("murder", []),
    ],
)
def test_a_charge_of_a_plot_to_kill_keeps_a_person_of_interest_link(
    charge: str, expected: list
) -> None:
    assert links_of(PLOT.format(charge=charge)) == expected


def test_evidence_linking_two_killings_links_each() -> None:
    text = (
        "Tobias Grell, 32, was arrested Monday. Detectives said evidence links him to the "
        "killings of Lena Marsh and Ray Oduya, who were found dead last week. He has not been "
        "charged."
    )
    assert links_of(text) == [("Tobias Grell", "Lena Marsh"), ("Tobias Grell", "Ray Oduya")]


def test_counts_of_murder_link_the_named_victim_and_the_unnamed_others() -> None:
    text = (
        "Lena Marsh, 34, was found dead Thursday, and the bodies of her two daughters were found "
        "nearby. Tobias Grell, 33, was arrested Thursday on suspicion of three counts of "
        "first-degree murder."
    )
    assert links_of(text) == [
        ("Tobias Grell", None),
        ("Tobias Grell", None),
        ("Tobias Grell", "Lena Marsh"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        DEATH + "Tobias Grell, 32, was taken into custody Monday and is considered a suspect "
        "in her death, police said.",
        DEATH + "Police said evidence links Tobias Grell, 32, to her death.",
    ],
)
def test_the_suspect_of_a_death_told_by_a_pronoun_is_not_its_victim(text: str) -> None:
    assert victims_of(text) == {("Lena Marsh", "killed")}
    suspects = {f["name"] for f in facts_of("SuspectIdentified", text)}
    assert suspects == {"Tobias Grell"}


def test_a_link_quotes_the_sentence_that_states_it() -> None:
    text = DEATH + "Police said evidence links Tobias Grell, 32, to her death."
    (link,) = facts_of("LinkedToHomicide", text)
    assert link["evidence"]["quote"] == "Police said evidence links Tobias Grell, 32, to her death."


def test_also_a_suspect_in_the_case_s_own_killing_is_one_link() -> None:
    # "also" adds the killing to the gun charge: the killing the headline speaks of and the
    # sentence naming its victim are one killing, so one link.
    text = (
        "Man arrested on gun charge is suspect in Elm Street killing\n\n"
        "Police arrested Dwayne Rucker, 31, on Tuesday on a charge of unlawful possession of a "
        "firearm. Detectives said Rucker is also a suspect in the fatal shooting of Lamar "
        "Hodge, 22, on Elm Street last month."
    )
    assert links_of(text) == [("Dwayne Rucker", "Lamar Hodge")]


def test_also_a_suspect_in_another_victim_s_killing_is_a_second_link() -> None:
    text = (
        "Dwayne Rucker, 31, was arrested Tuesday in the fatal shooting of Lamar Hodge, 22. "
        "Detectives said Rucker is also a suspect in the killing of Omar Fitch, 19, in May."
    )
    assert ("Dwayne Rucker", "Omar Fitch") in links_of(text)


def test_also_charged_in_the_death_of_the_case_s_own_dead_is_no_link() -> None:
    # "also" adds a homicide charge to the crash's other charges: the dead it names is the
    # case's own, so this is a charge, not a tie to a further killing.
    text = (
        "A 27-year-old Ridgeview woman was charged after a crash that killed her passenger. "
        "Mara Delbosque is charged with driving while intoxicated. She is also charged with "
        "manslaughter in the death of her passenger, Tonya Bellweather, 31."
    )
    assert links_of(text) == []
    assert ("Tonya Bellweather", "killed") in victims_of(text)


def test_also_charged_in_a_killing_the_case_does_not_hold_is_a_link() -> None:
    text = (
        "Dwayne Rucker, 31, was charged with murder Tuesday in the fatal shooting of Lamar "
        "Hodge, 22. Rucker is also charged with murder in the death of Omar Fitch, 19, in May."
    )
    assert ("Dwayne Rucker", "Omar Fitch") in links_of(text)


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("Detectives are searching for Bo Tranh, 24, in the killing of Ann Leeds.", "suspect"),
        (
            "A warrant has been issued for the arrest of Bo Tranh, 24, in the death of Ann Leeds.",
            "suspect",
        ),
        (
            "Investigators believe Bo Tranh, 24, killed Ann Leeds during an argument.",
            "believed responsible",
        ),
        (
            "Police say Bo Tranh, 24, is responsible for the death of Ann Leeds.",
            "believed responsible",
        ),
    ],
)
def test_a_sought_or_blamed_person_is_linked_before_any_charge(
    sentence: str, relation: str
) -> None:
    text = f"Ann Leeds, 40, was found dead in her home on Friday. {sentence}"
    links = [(f["person"], f["relation"]) for f in facts_of("LinkedToHomicide", text)]
    assert links == [("Bo Tranh", relation)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police identified the gunman as Bo Tranh, 24, who later shot himself.",
        "The shooter, Bo Tranh, 24, died at the scene after officers returned fire.",
    ],
)
def test_the_named_killer_of_an_uncharged_killing_is_linked(sentence: str) -> None:
    text = f"Ann Leeds, 40, was shot and killed in her home on Friday. {sentence}"
    links = [(f["person"], f["relation"]) for f in facts_of("LinkedToHomicide", text)]
    assert links == [("Bo Tranh", "suspect")]


def test_a_gunman_in_a_story_of_no_killing_is_no_homicide_link() -> None:
    text = (
        "Ann Leeds, 40, was shot in the arm at her home on Friday and is expected to survive. "
        "Police identified the gunman as Bo Tranh, 24."
    )
    assert facts_of("LinkedToHomicide", text) == []


def test_a_suspect_in_the_killings_of_two_named_dead_is_linked_to_each() -> None:
    text = (
        "Andre Cole, 19, and Brian Lott, 22, were found shot to death in a car on Friday. "
        "Police said Ray Hill, 33, is a suspect in the killings."
    )
    assert links_of(text) == [("Ray Hill", "Andre Cole"), ("Ray Hill", "Brian Lott")]
    assert victims_of(text) == {("Andre Cole", "killed"), ("Brian Lott", "killed")}


CHARGED = "Vernon Ashby, 41, was charged Monday with murder in the death of Gail Porter, 52. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Each killing besides the charged one that a person of interest is tied to is a link.
        (
            CHARGED + "Ohio detectives said Ashby is a person of interest in the 2018 killing "
            "of Irene Cobb, 30. Police in Indiana said Ashby is also a person of interest in "
            "the death of a woman whose body was found in 2020.",
            [("Vernon Ashby", None), ("Vernon Ashby", "Irene Cobb")],
        ),
        # "is also being investigated in the death of" another woman.
        (
            CHARGED + "Ashby is also being investigated in the death of a woman found near a "
            "truck stop in 2020, state police said.",
            [("Vernon Ashby", None)],
        ),
        # A charge expected for a killing whose dead are not the charged one's.
        (
            CHARGED + "Ashby is also expected to be charged with murder in the shooting death "
            "of Irene Cobb, 19, prosecutors said.",
            [("Vernon Ashby", "Irene Cobb")],
        ),
        # "already charged" is the charge the story started from, not a further killing.
        (
            CHARGED + "Ashby, already charged with murder in Porter's death, has been tied by "
            "DNA to the 2019 killing of Irene Cobb, police said.",
            [("Vernon Ashby", "Irene Cobb")],
        ),
        # A charge in another killing told after the case's, with other charges listed.
        (
            CHARGED + "Ashby is already awaiting trial in Summit County, where he is charged "
            "with murder, arson and tampering with evidence in the 2019 death of Irene Cobb.",
            [("Vernon Ashby", "Irene Cobb")],
        ),
        # The other dead shares the suspect's surname: his second wife is no namesake of his.
        (
            "A grand jury indicted Vernon Ashby on a charge of murder in the 2016 death of Gail "
            "Porter. Ashby, 52, is already awaiting trial in another county, where he is "
            "charged with murder and arson in the March death of his wife, Irene Ashby.",
            [("Vernon Ashby", "Irene Ashby")],
        ),
    ],
)
def test_links_to_further_killings_beside_the_charge(text: str, expected: list) -> None:
    assert links_of(text) == expected
    assert "Irene Cobb" not in {name for name, _ in victims_of(text)}


def test_a_second_homicide_charge_in_the_same_shooting_is_no_link() -> None:
    text = (
        "Vernon Ashby, 31, was charged with murder in the death of Gail Porter, 40, after "
        "Saturday's shooting. Ashby is charged with manslaughter in the death of Irene Cobb, "
        "22, who was also shot."
    )
    assert links_of(text) == []
    assert {"Gail Porter", "Irene Cobb"} <= {name for name, _ in victims_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        # A further charge expected for the charged killing itself is no link.
        CHARGED + "Ashby is also expected to be charged with murder in the death of Gail "
        "Porter's unborn child, prosecutors said.",
        # A person of interest in the charged killing once charged: no link.
        CHARGED + "Police had named Ashby a person of interest in Porter's death last week.",
    ],
)
def test_no_further_link_for_the_charged_killing(text: str) -> None:
    assert links_of(text) == []


def test_a_person_of_interest_before_a_charge_keeps_links_to_other_killings() -> None:
    text = (
        "Gail Porter, 52, was found dead in her home on Friday. Police named Vernon Ashby, 41, "
        "a person of interest in her death. Ashby is also a suspect in the 2019 killing of "
        "Irene Cobb, 30, detectives said."
    )
    assert links_of(text) == [("Vernon Ashby", "Gail Porter"), ("Vernon Ashby", "Irene Cobb")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Who the police believe harmed the dead, before any charge.
        (
            "Gail Porter, 52, was found shot to death Friday. Detectives believe Vernon Ashby, "
            "41, shot her during an argument.",
            [("Vernon Ashby", "believed responsible", "Gail Porter")],
        ),
        # a date abbreviated between ("the Jan. 19 death of")
        (
            "Vernon Ashby, 41, was charged with assault in a stabbing last week. Detectives "
            "believe Ashby is also responsible for the Jan. 19 death of Gail Porter, 52.",
            [("Vernon Ashby", "believed responsible", "Gail Porter")],
        ),
        # "responsible for the injuries that caused her death"
        (
            "Gail Porter, 2, died Sunday. Bo Lyle, 30, was arrested on a charge of child abuse. "
            "Detectives believe Lyle is responsible for the injuries that caused the girl's "
            "death.",
            [("Bo Lyle", "believed responsible", "Gail Porter")],
        ),
        # A person of interest in a named killing is tied to that victim.
        (
            "Police named Vernon Ashby, 41, a person of interest in the death of Gail Porter, 52.",
            [("Vernon Ashby", "person of interest", "Gail Porter")],
        ),
    ],
)
def test_believed_and_person_of_interest_links_name_the_dead(text: str, expected: list) -> None:
    found = [(f["person"], f["relation"], f["victim"]) for f in facts_of("LinkedToHomicide", text)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        # Harm that killed no one ties no one to a killing.
        "Gail Porter, 52, was shot in the leg Friday and is expected to survive. Detectives "
        "believe Vernon Ashby, 41, shot her during an argument.",
        # Responsible for injuries that killed no one.
        "Gail Porter, 2, was hurt Sunday. Detectives believe Bo Lyle, 30, is responsible for "
        "the injuries to the girl's arm.",
    ],
)
def test_believed_harm_without_a_death_is_no_link(text: str) -> None:
    assert facts_of("LinkedToHomicide", text) == []


def test_the_dead_named_after_the_believed_doer_are_never_linked() -> None:
    # The doer is found dead too: whoever is taken as killed, the women he shot are not the
    # ones linked to a killing.
    text = (
        "A man suspected of killing two women was found dead in a motel, police said. Police "
        "believe Bo Tranh, 42, shot Ann Leeds, 35, and her sister, Cora Leeds, 30, at their "
        "home. Deputies found Tranh's body inside a room."
    )
    linked = {f["person"] for f in facts_of("LinkedToHomicide", text)}
    assert not linked & {"Ann Leeds", "Cora Leeds"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X, who police say killed Y": the one the clause is about.
        (
            "Omar Welles, 30, who police say killed Darius Knoll, 18, outside a bar on Friday, "
            "is still at large.",
            [("Omar Welles", "suspect")],
        ),
        # A charge to be upgraded to murder once the victim died.
        (
            "Tia Marlow, 29, was beaten Saturday and died Monday. Jorge Medeiros, 28, was "
            "arrested on an assault charge. Prosecutors said the charge will be upgraded to "
            "murder.",
            [("Jorge Medeiros", "expected to be charged")],
        ),
        # "The gunman, who was later identified as X"
        (
            "Tia Marlow, 29, was shot and killed Saturday. The gunman, who was later identified "
            "as Jorge Medeiros, 28, fled on foot.",
            [("Jorge Medeiros", "suspect")],
        ),
    ],
)
def test_who_the_police_say_killed_before_any_charge(text: str, expected: list) -> None:
    assert [(f["person"], f["relation"]) for f in facts_of("LinkedToHomicide", text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Who police say shot someone who lived: no killing.
        "Darius Knoll, 18, was shot in the arm on Friday and is expected to survive. Omar "
        "Welles, 30, who police say shot Knoll, is still at large.",
        # An assault charge upgraded to aggravated assault: no homicide.
        "Tia Marlow, 29, was beaten Saturday and is recovering. Jorge Medeiros, 28, was "
        "arrested on an assault charge that prosecutors said will be upgraded to a felony.",
    ],
)
def test_no_link_without_a_death(text: str) -> None:
    assert facts_of("LinkedToHomicide", text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Shot dead by deputies after the killing.
        "Tom Beall, 61, was shot and killed in his yard on Saturday. Investigators said Dale "
        "Ruske, 58, shot and killed Beall, then fired at deputies, who returned fire, striking "
        "Ruske, who died at the scene.",
        # Dead by his own hand.
        "Tom Beall, 61, was found shot to death Friday. Police believe Dale Ruske, 58, shot "
        "Beall before killing himself; Ruske's body was found in a motel.",
    ],
)
def test_a_doer_who_died_too_is_linked_to_the_killing(text: str) -> None:
    assert links_of(text) == [("Dale Ruske", "Tom Beall")]


@pytest.mark.parametrize(
    "text",
    [
        # The passive: the one named was shot, not the shooter.
        "Police said Tom Beall, 61, was shot and killed in his yard on Saturday.",
        # The dead man's relative did it: not the dead man.
        "Tom Beall, 61, was found dead Friday. Police said Tom Beall's nephew shot him.",
    ],
)
def test_the_dead_named_after_said_are_not_doers(text: str) -> None:
    assert "Tom Beall" not in {p for p, _ in links_of(text)}


def test_counted_further_killings_take_the_names_told() -> None:
    text = (
        "Marcus Tait, 29, was charged with murder in the death of Devon Prior, 34. Police said "
        "Tait is a suspect in two other killings. Detectives believe Tait is responsible for "
        "the July killing of Reggie Moss, 40, and the August killing of Simone Avers, 22."
    )
    assert links_of(text) == [("Marcus Tait", "Reggie Moss"), ("Marcus Tait", "Simone Avers")]
    assert {name for name, _ in victims_of(text)} == {"Devon Prior"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "also the prime suspect in the 2019 disappearance and presumed death of"
        (
            "Carl Vost, 25, was charged with murder in the death of Ray Dunne, 44. Police said "
            "Vost is also the prime suspect in the 2019 disappearance and presumed death of a "
            "former girlfriend.",
            [("Carl Vost", None)],
        ),
        # A disappearance with no death told is no homicide.
        (
            "Carl Vost, 25, was charged with murder in the death of Ray Dunne, 44. Vost is also "
            "a person of interest in the disappearance of a woman who has not been seen since "
            "June.",
            [],
        ),
    ],
)
def test_a_further_killing_told_at_length(text: str, expected: list) -> None:
    assert links_of(text) == expected


HELD = (
    "Ashley Colby, 22, was found dead Friday. Carl Vost, 25, was arrested Saturday on a "
    "probation violation. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quote closing after "suspect".
        (HELD + 'Reed said Vost "is our prime suspect" in Colby\'s death.', "suspect"),
        (HELD + "Vost is the focus of the investigation into her death, police said.", "suspect"),
        # Named a person of interest with no killing word in the sentence: so called.
        (
            "Ashley Colby, 22, was found dead Friday. Her boyfriend, Carl Vost, 25, has been "
            "named a person of interest, police said.",
            "person of interest",
        ),
    ],
)
def test_the_suspect_of_the_killing_however_called(text: str, expected: str) -> None:
    found = [(f["person"], f["relation"], f["victim"]) for f in facts_of("LinkedToHomicide", text)]
    assert found == [("Carl Vost", expected, "Ashley Colby")]


def test_the_focus_of_another_investigation_is_no_link() -> None:
    text = HELD + "Vost is the focus of a fraud investigation, police said."
    assert facts_of("LinkedToHomicide", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ann Leeds, 40, was shot Friday and remains in critical condition. Police are searching "
        "for Bo Tranh, 24, who remains at large.",
        "Ann Leeds, 40, was shot in the leg Friday. She remains hospitalized. Police said Bo "
        "Tranh, 24, shot her; he remains at large.",
    ],
)
def test_remains_the_verb_is_no_death(text: str) -> None:
    # "remains at large" is no body: no one died, so no one is tied to a killing.
    assert victims_of(text) == {("Ann Leeds", "injured")}
    assert facts_of("LinkedToHomicide", text) == []


def test_remains_the_noun_is_a_death() -> None:
    text = (
        "Ann Leeds, 40, was reported missing in May. Human remains found Friday were "
        "identified as Leeds. Police said Bo Tranh, 24, is a suspect in her death."
    )
    assert victims_of(text) == {("Ann Leeds", "killed")}
    assert links_of(text) == [("Bo Tranh", "Ann Leeds")]


ARRESTED = (
    "Ray Dunne, 44, was shot and killed Friday. Carl Vost, 25, was arrested Saturday in "
    "connection with the shooting. "
)


@pytest.mark.parametrize(
    ("sentence", "linked"),
    [
        # A plea or a verdict on the killing answers a charge of it: no link.
        ("He pleaded not guilty to killing Dunne.", False),
        ("Vost pled guilty to fatally stabbing Dunne.", False),
        ("A jury found Vost guilty of killing Dunne.", False),
        # A plea to a charge that is no homicide keeps the killing a link.
        ("He pleaded not guilty to a gun charge.", True),
    ],
)
def test_a_plea_to_the_killing_ends_the_link(sentence: str, linked: bool) -> None:
    found = [f["person"] for f in facts_of("LinkedToHomicide", ARRESTED + sentence)]
    assert found == (["Carl Vost"] if linked else [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "DNA evidence matched Vost to the 1987 rape and killing of Jane Hollis.",
            [("Carl Vost", "Jane Hollis")],
        ),
        (
            "Vost confessed to killing two other people, police said.",
            [("Carl Vost", None), ("Carl Vost", None)],
        ),
        (
            "Police believe Vost killed a second man, whose body was found in March.",
            [("Carl Vost", None)],
        ),
        ("Vost is now a suspect in a second homicide, police said.", [("Carl Vost", None)]),
        (
            "Police say Vost is also responsible for the death of Jane Hollis.",
            [("Carl Vost", "Jane Hollis")],
        ),
        # Near misses: a match that ties no one to a killing; the charged killing itself.
        ("Police said the DNA matched a sample taken from Vost.", []),
        ("Vost admitted to killing Dunne, police said.", []),
        ("Dunne's death was the second homicide in the city this year.", []),
    ],
)
def test_further_killings_however_told(sentence: str, expected: list) -> None:
    text = "Carl Vost, 25, was charged with murder in the death of Ray Dunne, 44. " + sentence
    assert links_of(text) == expected


def test_one_tied_to_the_killing_is_of_the_case_though_held_on_an_unrelated_matter() -> None:
    # The lede's person of interest, named in the next sentence on an "unrelated" hold.
    text = (
        "Ruth Vale, 29, was found dead in her apartment. Police on Tuesday named a 34-year-old "
        "man a person of interest in her death. Dell Quarry, 34, is being held at the county "
        "jail on an unrelated probation violation."
    )
    assert links_of(text) == [("Dell Quarry", "Ruth Vale")]
    assert {f["name"] for f in facts_of("SuspectIdentified", text)} == {"Dell Quarry"}


@pytest.mark.parametrize(
    "sentence",
    [
        "In an unrelated case, police arrested Al Roe, 30, in connection with a fatal shooting "
        "on Elm Street.",
        "In an unrelated case, Al Roe, 30, was named a person of interest in a homicide on Elm "
        "Street.",
    ],
)
def test_one_tied_to_a_killing_in_an_unrelated_case_stays_out(sentence: str) -> None:
    text = "Ruth Vale, 29, was found dead in her apartment Sunday. Police have no suspects. "
    assert facts_of("LinkedToHomicide", text + sentence) == []
    assert facts_of("SuspectIdentified", text + sentence) == []


CRASH = (
    "Nadia Faro, 41, was struck and killed while riding her bicycle Saturday. Kyle Brant, 24, "
    "was charged with driving while intoxicated. "
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He will face a vehicular homicide charge, authorities said.", ["Kyle Brant"]),
        (
            "The prosecutor said his office expects to charge Brant with vehicular homicide.",
            ["Kyle Brant"],
        ),
        # A hearing to face is no charge to come.
        ("He will face a court hearing next week.", []),
    ],
)
def test_a_homicide_charge_to_come_after_a_fatal_crash(sentence: str, expected: list) -> None:
    links = facts_of("LinkedToHomicide", CRASH + sentence)
    assert [(f["person"], f["relation"]) for f in links] == [
        (p, "expected to be charged") for p in expected
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police have not identified a suspect in the killing of Omar Fitch, 19, on Elm Street.",
        "Police have no suspects in the killing of Omar Fitch, 19, and said the two shootings "
        "do not appear to be connected.",
    ],
)
def test_a_denied_suspect_is_no_link(sentence: str) -> None:
    text = (
        "Dwayne Rucker, 31, was charged with attempted murder after two men were wounded on "
        "Oak Street. " + sentence
    )
    assert facts_of("LinkedToHomicide", text) == []


def test_murder_counts_to_come_are_no_charge_yet() -> None:
    text = (
        "Gerald Fenn, 71, and Lorraine Fenn, 69, were found shot to death in their home. Wes "
        "Dunmore, 35, was arrested Thursday in their killings. Dunmore is expected to face two "
        "counts of first-degree murder, prosecutors said."
    )
    assert links_of(text) == [("Wes Dunmore", "Gerald Fenn"), ("Wes Dunmore", "Lorraine Fenn")]


FOUND = "Ray Dunne, 44, was found dead March 2. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police said Ted Hale, 50, who found the body, is not considered a suspect.", []),
        ("Police said Ted Hale, 50, has been ruled out as a suspect.", []),
        (
            "Police said Ted Hale, 50, has been ruled out as a person of interest in his death.",
            [],
        ),
        # A person of interest "but not a suspect" is still a person of interest.
        (
            "Police said Ted Hale, 50, is a person of interest in his death but is not "
            "considered a suspect.",
            [("Ted Hale", "Ray Dunne")],
        ),
    ],
)
def test_one_the_police_clear_is_no_link(sentence: str, expected: list) -> None:
    assert links_of(FOUND + sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Held in a story of a killing, with no charge filed yet: its suspects.
        (
            "Ray Dunne, 44, was found dead in his apartment on Sunday. Police said Lana Pike, "
            "30, and Carl Vost, 25, were taken into custody Monday and are being questioned. "
            "Charges have not been filed.",
            [("Carl Vost", "Ray Dunne"), ("Lana Pike", "Ray Dunne")],
        ),
        # Held with nothing said of a charge: maybe for something else.
        (
            "Ray Dunne, 44, was found dead in his apartment on Sunday. Carl Vost, 25, was "
            "arrested Monday on an unrelated warrant.",
            [],
        ),
        # A driver held after a fatal crash, not charged: no homicide yet.
        (
            "Ray Dunne, 44, was killed in a crash on Route 9 on Friday. Carl Vost, 25, the "
            "other driver, was arrested Saturday. He has not been charged.",
            [],
        ),
    ],
)
def test_held_but_not_yet_charged_in_a_killing(text: str, expected: list) -> None:
    assert links_of(text) == expected


@pytest.mark.parametrize(
    "lede",
    [
        # "a teen" is the 17-year-old, not the 26-year-old named first.
        "Two inmates escaped from a county jail, including a teen who was accused of killing "
        "another man outside the same jail two years ago, investigators said.",
        # "a 17-year-old" likewise.
        "Two inmates escaped from a county jail, including a 17-year-old who was accused of "
        "killing another man outside the same jail two years ago, investigators said.",
    ],
)
def test_a_statement_of_someone_described_by_age(lede: str) -> None:
    text = (
        lede + " Rob Tallis, 26, and Kai Mercer, 17, escaped from the jail on Sunday at 8:30 "
        "p.m., according to police."
    )
    assert [p for p, _ in links_of(text)] == ["Kai Mercer"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # A double killing is two dead, named or not.
        (
            "Police arrested Bo Tranh, 42, as a suspect in a double homicide on Elm Street. The "
            "victims have not been identified.",
            2,
        ),
        # A double shift is no killing.
        (
            "Ann Leeds, 40, was found dead after a double shift. Police arrested Bo Tranh, 42, as "
            "a suspect in her death.",
            1,
        ),
    ],
)
def test_a_double_killing_is_two_links(text: str, count: int) -> None:
    assert len(links_of(text)) == count


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Prosecutors said Vost is also accused of ordering the 2020 killing of Jane Hollis.", 1),
        ("Federal prosecutors say Vost carried out two other killings for the gang.", 2),
        ("Police said Vost committed three other murders.", 3),
        # The passive names no doer; a plan that is no killing ties no one.
        ("Two other killings were committed in the city last week.", 0),
        ("Vost is accused of planning a robbery with two other men.", 0),
    ],
)
def test_further_killings_ordered_or_carried_out(sentence: str, count: int) -> None:
    text = "Carl Vost, 25, was charged with murder in the death of Ray Dunne, 44. " + sentence
    assert len(links_of(text)) == count


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A likelihood told with the killing verb ties its doer.
        (
            "Investigators say Vost may have killed as many as four other people since 2018.",
            ["Carl Vost"] * 4,
        ),
        ("Vost is also wanted in connection with two killings in Georgia.", ["Carl Vost"] * 2),
        # The incident's own dead, told as a fact, are no further killings.
        ("The gunman killed two other people before fleeing, police said.", []),
        # A relative as the subject: someone else, not him.
        ("Vost's brother was wanted in two other killings.", []),
        ("Vost's brother, Ty Vost, 30, is also a suspect in the killing.", ["Ty Vost"]),
    ],
)
def test_who_the_counted_killings_are_tied_to(sentence: str, expected: list) -> None:
    text = "Carl Vost, 25, was charged with murder in the death of Ray Dunne, 44. " + sentence
    assert [p for p, _ in links_of(text)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A charge in another killing than the case's: a charged link to it.
        (
            "In Ohio, Vost faces a murder charge in the 2021 killing of Jane Hollis.",
            [("Carl Vost", "Jane Hollis")],
        ),
        ("Vost faces a separate murder charge in another killing.", [("Carl Vost", None)]),
        # A charge in the case's own killing is no link.
        ("Vost was indicted Tuesday in Dunne's death.", []),
        ("He faces life in prison if convicted in the death of Dunne.", []),
    ],
)
def test_a_charge_in_another_killing_is_a_link(sentence: str, expected: list) -> None:
    text = "Carl Vost, 25, was charged with murder in the death of Ray Dunne, 44. " + sentence
    assert links_of(text) == expected


def test_one_further_killing_told_twice_is_one_link() -> None:
    text = (
        "Carl Vost, 25, was charged with murder in the death of Ray Dunne, 44. Investigators "
        "tied Vost to the killing of Jane Hollis after his DNA matched. Vost has not been "
        "charged in Hollis's death. Police said Vost is also a suspect in the killing of Jane "
        "Hollis."
    )
    assert links_of(text) == [("Carl Vost", "Jane Hollis")]


@pytest.mark.parametrize(
    "told",
    [
        "Mayhew was indicted Friday in the death of Rosa Ferrante.",
        "Mayhew already faces a murder charge in the death of Rosa Ferrante.",
        "Mayhew is facing a charge in the 2022 killing of Rosa Ferrante.",
    ],
)
def test_a_charge_in_a_further_killing_links_it(told: str) -> None:
    text = (
        "Kendrick Mayhew, 29, was charged with murder Tuesday in the shooting death of "
        "Lionel Ashby, 40. " + told
    )
    found = [(f["person"], f["relation"], f["victim"]) for f in facts_of("LinkedToHomicide", text)]
    assert found == [("Kendrick Mayhew", "charged", "Rosa Ferrante")]


def test_a_responsibility_told_as_possible_is_believed() -> None:
    text = (
        "Kendrick Mayhew, 29, was charged with murder Tuesday in the shooting death of "
        "Lionel Ashby, 40. Investigators believe Mayhew may be responsible for other killings."
    )
    found = [(f["person"], f["relation"], f["victim"]) for f in facts_of("LinkedToHomicide", text)]
    assert found == [("Kendrick Mayhew", "believed responsible", None)]


def test_believed_responsible_past_a_long_apposition() -> None:
    text = (
        "Police said Thursday they believe Vernon Ashby, the 29-year-old man arrested Oct. 8 "
        "on a gun charge, is responsible for the July 12 shooting death of Gail Porter, 26."
    )
    assert [
        (f["person"], f["relation"], f["victim"]) for f in facts_of("LinkedToHomicide", text)
    ] == [("Vernon Ashby", "believed responsible", "Gail Porter")]


@pytest.mark.parametrize(
    "text",
    [
        "Vernon Ashby, 31, was arrested on a probation violation. Detectives want to question "
        "him about the killing of Gail Porter.",
        "Police said they hope to speak with Vernon Ashby, 31, in connection with the death of "
        "Gail Porter. Ashby is jailed on an unrelated charge.",
    ],
)
def test_one_the_police_want_to_question_is_a_person_of_interest(text: str) -> None:
    assert [
        (f["person"], f["relation"], f["victim"]) for f in facts_of("LinkedToHomicide", text)
    ] == [("Vernon Ashby", "person of interest", "Gail Porter")]


BOYFRIEND = (
    "Her death has been ruled a homicide, the sheriff said. The sheriff told reporters that her "
    "boyfriend, Tobias Wrenley, 27, is {poi} in her death. {after}"
)


@pytest.mark.parametrize(
    ("poi", "after", "expected"),
    [
        # The police's words quoted, or not.
        ('"a person of interest"', "", [("Tobias Wrenley", None)]),
        ("a person of interest", "", [("Tobias Wrenley", None)]),
        # Not charged in it: the link stands ...
        (
            "a person of interest",
            "Wrenley has not been charged in connection with her death.",
            [("Tobias Wrenley", None)],
        ),
        (
            '"a person of interest"',
            "Wrenley has not been charged in connection with her death.",
            [("Tobias Wrenley", None)],
        ),
        # ... charged in it: the charge tells of him, no link does.
        (
            '"a person of interest"',
            "On Monday Wrenley was charged in connection with her death.",
            [],
        ),
    ],
)
def test_a_person_of_interest_in_quotation_marks(poi: str, after: str, expected: list) -> None:
    text = BOYFRIEND.format(poi=poi, after=after)
    assert links_of(text) == expected
    assert [f["name"] for f in facts_of("SuspectIdentified", text)] == ["Tobias Wrenley"]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Police said Nia Bexley has been linked to the killing.", [("Nia Bexley", None)]),
        ("Police said Nia Bexley has not been linked to the killing.", []),
        ("Nia Bexley is not considered a suspect in the killing, police said.", []),
    ],
)
def test_a_denied_link_ties_no_one(said: str, expected: list) -> None:
    text = (
        "A store clerk was shot and killed during a robbery on Jan. 27. Nia Bexley, 19, was "
        "arrested Feb. 6 in a string of robberies. " + said
    )
    assert links_of(text) == expected


SEPARATE = (
    "RIVERTON, Ga. – A man already jailed in a road-rage shooting has now been indicted on a "
    "first-degree murder charge in a separate killing, prosecutors said. A grand jury returned "
    "the indictment against Tavis Marlowe, 24, on Tuesday in the Jan. 19 shooting death of "
    "Omar Bellweather.{more}"
)


@pytest.mark.parametrize(
    ("more", "expected"),
    [
        # The lede's man is the one accused the report names.
        ("", ["Tavis Marlowe"]),
        # With two accused named, the lede's man could be either: no one is linked by it.
        (" His cousin, Reggie Marlowe, 30, was charged with tampering with evidence.", []),
    ],
)
def test_a_lede_s_described_accused_indicted_in_a_separate_killing(
    more: str, expected: list
) -> None:
    assert [person for person, _ in links_of(SEPARATE.format(more=more))] == expected


@pytest.mark.parametrize(
    "charged",
    [
        "was indicted on a first-degree murder charge in a separate killing in May",
        "was charged in a separate killing in May",
    ],
)
def test_a_charge_in_a_separate_killing_is_a_charged_link(charged: str) -> None:
    text = f"Bo Tranh, 30, was arrested in the shooting of a clerk. Tranh {charged}."
    assert [(f["person"], f["relation"]) for f in facts_of("LinkedToHomicide", text)] == [
        ("Bo Tranh", "charged")
    ]


@pytest.mark.parametrize(
    ("charge", "expected"),
    [
        # A charge named by the death it caused is a charge of the killing: no link.
        ("dangerous driving causing death", []),
        ("driving under the influence resulting in death", []),
        # A charge that names no death leaves him tied to it by the statement.
        ("dangerous driving", ["Ciaran Foley"]),
    ],
)
def test_a_charge_named_by_the_death_it_caused_is_a_homicide_charge(
    charge: str, expected: list
) -> None:
    text = (
        "A cyclist was killed on the Howth Road last August. Ciaran Foley, 41, appeared in "
        f"court charged in connection with the death. He is charged with {charge}."
    )
    assert [person for person, _ in links_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A charge to come denied of its subject ties no one to the death.
        (
            "HALVERTON — No deputies or jail nurses will face charges in the death of a woman "
            "who died in a county cell in June, the state attorney announced Friday.",
            [],
        ),
        (
            "Prosecutors said no one will be charged in the death of Petra Gale, 51, who was "
            "found in a canal.",
            [],
        ),
        # Near miss: the named subject who will face the charge is linked.
        (
            "Rune Ostby, 44, was arrested Monday. Prosecutors said he will face a murder "
            "charge in the death of Petra Gale.",
            [("Rune Ostby", "Petra Gale")],
        ),
    ],
)
def test_a_charge_to_come_denied_of_its_subject_is_no_link(text: str, expected: list) -> None:
    assert links_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A charge named by the death as its head is the charge in the death.
        (
            "Police on Monday arrested Arjun Patil (30) in connection with the death of his "
            "wife, who was found hanging at their flat. Patil has been booked under section 80 "
            "(dowry death) of the code.",
            [],
        ),
        # Near miss: a threat of death charged is no charge in the death.
        (
            "Police on Monday arrested Arjun Patil (30) in connection with the death of his "
            "wife, who was found hanging at their flat. Patil has been booked for making "
            "death threats to her family.",
            [("Arjun Patil", None)],
        ),
    ],
)
def test_a_charge_named_by_the_death_is_the_charge_in_it(text: str, expected: list) -> None:
    assert links_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vernon Ashby, 41, is charged with malicious wounding in the shooting that killed Gail "
        "Porter, 52.",
        "Gail Porter, 52, died Sunday, two days after she was stabbed outside a bar. Vernon "
        "Ashby, 41, was arrested Friday and charged with aggravated assault.",
    ],
)
def test_one_charged_with_harm_short_of_a_homicide_is_the_killing_s_suspect(text: str) -> None:
    assert links_of(text) == [("Vernon Ashby", "Gail Porter")]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a homicide charge ends the link; a crash's driver is no suspect of one
        "Gail Porter, 52, died Sunday after she was stabbed. Vernon Ashby, 41, is charged with "
        "aggravated assault and second-degree murder.",
        "Gail Porter, 52, died Sunday after a crash on Route 9. Vernon Ashby, 41, is charged "
        "with vehicular assault.",
    ],
)
def test_no_link_for_harm_charged_with_a_homicide_or_in_a_crash(text: str) -> None:
    assert links_of(text) == []
