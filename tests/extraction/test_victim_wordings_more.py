"""Victims and links on wordings of everyday crime reports: an age before the name in an
apposition, a hospital named by its name, "identified the attacker as", "stabbing her
roommate, who survived", a body-worn camera, harm told in a quotation, "when he was hit", a
victim pushed to the ground, a further killing told first without a name, a news brief after
the story, and a suspect already jailed in another matter charged in a killing. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of, links_of, outcomes_of, victims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An age before the name in an apposition to a role.
        (
            "Dane Hollick, 33, was charged with murder. Her sister, 31-year-old Mira Osei, was "
            "stabbed in the arm, police said.",
            [("Mira Osei", "injured")],
        ),
        # A hospital named by its name is no one: the pronoun is still hers.
        (
            "Dane Hollick, 33, was charged with murder. Officers found 29-year-old Mira Osei "
            "with stab wounds. She was taken to Riverside Medical Center, where she died.",
            [("Mira Osei", "killed")],
        ),
        # "when she was hit": harm told of the one named, by a pronoun in her clause.
        (
            "Dane Hollick, 33, pleaded guilty to hit-and-run resulting in death. Mira Osei, 71, "
            "was walking home on the night of May 2 when she was hit in a crosswalk.",
            [("Mira Osei", "killed")],
        ),
        # Near miss: a pronoun clause about someone else's harm.
        (
            "Dane Hollick, 33, was charged with assault. Mira Osei, 41, said she was at home "
            "when the window broke.",
            [],
        ),
    ],
)
def test_named_victims(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Someone's roommate, who survived: hurt, in a story of a killing.
        (
            "Jurors found Dane Hollick guilty of fatally stabbing his girlfriend. They also "
            "convicted him of assault for stabbing Osei's roommate, who survived.",
            [(None, "injured"), (None, "killed")],
        ),
        # Near miss: beaten in a story of his killing, with nothing said of surviving.
        (
            "Dane Hollick was charged with murder in the death of his neighbor. Police said he "
            "beat his neighbor with a hammer.",
            [(None, "killed")],
        ),
        # A body-worn camera is no one's body: the man shot lived.
        (
            "Carl Mendel, 26, was shot once in the abdomen during a traffic stop. He was listed "
            "in stable condition. The officer's body-worn camera recorded the stop.",
            [("Carl Mendel", "injured")],
        ),
        # "nearly killing a man", in a lawyer's words, is the one harmed, not a second victim.
        (
            "A judge convicted Dane Hollick of reckless endangerment in the shooting of an "
            "unarmed driver. The driver's lawyer called it \"a slap on the wrist for nearly "
            'killing a man."',
            [(None, "injured")],
        ),
        # Pushed to the ground: the one victim told before, now said to be hurt.
        (
            "Dane Hollick pleaded guilty to carjacking a woman at gunpoint. The victim, 62, was "
            "pushed to the ground during the carjacking.",
            [(None, "injured")],
        ),
        # A death told as the time of something else is a life's event, not harm.
        (
            "Dane Hollick, 54, is accused of stealing $90,000 from an elderly widow. The widow "
            "gave Hollick power of attorney in 2020 after her husband died.",
            [(None, "unharmed")],
        ),
        # Near miss: a death told for itself.
        (
            "Dane Hollick, 54, was charged with murder. Police said her husband died at the scene.",
            [(None, "killed")],
        ),
        # Near miss: a relative told after is someone else.
        (
            "Dane Hollick pleaded guilty to carjacking a woman at gunpoint. Her husband was "
            "pushed to the ground during the carjacking.",
            [(None, "injured"), (None, "unharmed")],
        ),
    ],
)
def test_unnamed_victims(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A news brief after the story is another incident.
        (
            "Dane Hollick, 24, was charged with robbery after a clerk was struck with a gun. "
            "Also Wednesday, police arrested a 31-year-old man accused of stabbing his "
            "roommate during an argument.",
            [(None, "injured")],
        ),
        # Near miss: "also" within the story's own account.
        (
            "Dane Hollick, 24, was charged with robbery after a clerk was struck with a gun. "
            "Police said Hollick also shot a customer in the leg.",
            [(None, "injured"), (None, "injured")],
        ),
    ],
)
def test_a_news_brief_is_another_incident(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one named after "identified the attacker as", not the witness who named him.
        (
            "Officers found Mira Osei, 29, dead in her apartment. Her roommate, Lena Cho, "
            "identified the attacker as Dane Hollick, who remains at large.",
            [("Dane Hollick", "Mira Osei")],
        ),
        # A further killing told first without a name, then named: one link.
        (
            "Dane Hollick, 24, arrested in a string of robberies, is also a suspect in the "
            "unsolved killing of a man outside a laundromat, police said. Detectives also "
            "consider Hollick a suspect in the April 19 shooting death of Ravi Anand, 38.",
            [("Dane Hollick", "Ravi Anand")],
        ),
        # One link for each of the dead counted.
        (
            "Dane Hollick was arrested on a parole violation. Detectives believe Hollick is "
            "responsible for the deaths of two women.",
            [("Dane Hollick", None), ("Dane Hollick", None)],
        ),
        # A man already jailed in robberies, now charged in a killing: a further killing.
        (
            "A man already jailed in a string of convenience store robberies has been charged "
            "with murder in the shooting death of a man outside a laundromat. Dane Hollick, "
            "25, was charged Wednesday.",
            [("Dane Hollick", None)],
        ),
        # Near miss: charged with murder in the story's own killing is no link.
        (
            "Dane Hollick, 25, has been charged with murder in the shooting death of a man "
            "outside a laundromat.",
            [],
        ),
    ],
)
def test_links(text, expected):
    assert links_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People counted by what they are: patients, passengers in another car.
        (
            "Dane Hollick, 41, is charged with sexual assault. Prosecutors say he assaulted "
            "five patients while they were sedated.",
            [(None, "injured")] * 5,
        ),
        (
            "Dane Hollick, 41, was charged with vehicular assault. Two passengers in the other "
            "car were hospitalized with serious injuries.",
            [(None, "injured")] * 2,
        ),
        # Near miss: counted people arrested are suspects.
        (
            "Two men in a gray sedan were arrested Friday in the shooting of a clerk.",
            [(None, "injured")],
        ),
        # Forced into prostitution: hurt, in a case of sex trafficking.
        (
            "Dane Hollick, 41, was charged with sex trafficking. Prosecutors say he forced "
            "three women into prostitution.",
            [(None, "injured")] * 3,
        ),
        # Near miss: trafficking drugs counts no one.
        (
            "Dane Hollick, 41, was charged with drug trafficking. He is accused of trafficking "
            "two kilograms of fentanyl.",
            [],
        ),
    ],
)
def test_counted_victims(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Called the victim: the case's harm, whatever the sentence tells of her.
        (
            "Dane Hollick, 41, was charged with sex trafficking of a minor. The victim, a "
            "16-year-old girl, was recovered by agents in a motel.",
            [(None, "injured")],
        ),
        # A describing word before the relation: "his infant son".
        (
            "Dane Hollick, 41, was charged with child abuse after his infant son was taken to a "
            "hospital with a fractured skull.",
            [(None, "injured")],
        ),
        # Found safe: taken, not hurt.
        (
            "Dane Hollick, 19, was charged with kidnapping. The 8-year-old girl was found safe "
            "the next morning.",
            [(None, "unharmed")],
        ),
        # Threatened with a weapon.
        (
            "Dane Hollick, 19, was charged with robbery. He pointed a gun at the cashier and "
            "demanded money.",
            [(None, "unharmed")],
        ),
        # Near miss: a gun pointed at nobody.
        ("Dane Hollick, 19, was charged with robbery. He pointed a gun at the ceiling.", []),
    ],
)
def test_victims_of_crimes_without_a_killing(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Treated at a hospital: hurt.
        (
            "Dane Hollick, 35, was charged with assault. Ravi Anand, 44, was treated at a "
            "local hospital for injuries that were not life-threatening.",
            [("Ravi Anand", "injured")],
        ),
        # One killed by what he was doing: a motorcyclist.
        (
            "Dane Hollick, 35, was charged with DUI after a crash that killed a motorcyclist on "
            "Route 9.",
            [(None, "killed")],
        ),
        # "The victims, a woman and her teenage son,": two.
        (
            "Dane Hollick, 35, was charged with murder. The victims, a woman and her teenage "
            "son, were found in a burning house.",
            [(None, "killed"), (None, "killed")],
        ),
        # Near miss: the neighbor whose dog was shot is no victim.
        (
            "Dane Hollick, 35, is charged with animal cruelty after he shot his neighbor's dog.",
            [],
        ),
    ],
)
def test_more_victim_wordings(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "also killed": a further killing; the sentence for the case's killing ends its link.
        (
            "Dane Hollick, 44, was sentenced to life for the killing of Mira Osei. Prosecutors "
            "say Hollick also killed his cellmate, Ravi Anand, in 2021, though he was never "
            "charged in that death.",
            [("Dane Hollick", None)],
        ),
        # Near miss: "also killed himself" is no further killing.
        (
            "Police said Dane Hollick, 45, shot and killed his neighbor, Mira Osei, 60, then "
            "also killed himself.",
            [("Dane Hollick", "Mira Osei")],
        ),
        # Investigated in a killing: linked, and not the one killed.
        (
            "Mira Osei, 22, was found dead Friday. Detectives are investigating her boyfriend, "
            "Dane Hollick, 44, in her death. He has not been charged.",
            [("Dane Hollick", "Mira Osei")],
        ),
        # A surname he shares with the wife he is charged with killing names him, not her.
        (
            "Dane Hollick, 44, faces a first-degree murder charge in the death of Mira "
            "Hollick, 40. Authorities are also investigating Hollick in the 2015 death of his "
            "first wife, Ana Reyes.",
            [("Dane Hollick", "Ana Reyes")],
        ),
    ],
)
def test_further_killings(text, expected):
    assert links_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two named by one relation each: "his mother and stepfather".
        (
            "Dane Hollick, 35, was charged with two counts of murder in the deaths of his "
            "mother and stepfather.",
            [(None, "killed")] * 2,
        ),
        (
            "Dane Hollick, 35, was charged with robbery after he shot a clerk and a customer at "
            "a gas station.",
            [(None, "injured")] * 2,
        ),
        # The first told with her given name or her age between: still two.
        (
            "Dane Hollick, 35, was arrested after the shooting wounded his wife, Ana, and "
            "their neighbor.",
            [(None, "injured")] * 2,
        ),
        (
            "Dane Hollick, 35, is accused of shooting his estranged wife, 29, and her brother, "
            "33. Both were hospitalized.",
            [(None, "injured")] * 2,
        ),
        # Near miss: "and" then a verb.
        ("Dane Hollick, 35, shot his wife and fled, police said.", [(None, "injured")]),
        # A pair by one word: parents, grandparents.
        (
            "Dane Hollick, 35, was sentenced to life for the 2021 murders of his parents.",
            [(None, "killed")] * 2,
        ),
        (
            "Dane Hollick, 35, was charged with murder after his grandparents were found dead "
            "in their home.",
            [(None, "killed")] * 2,
        ),
        # Near miss: parents told of no harm.
        ("Dane Hollick, 35, lived with his parents in Elgin.", []),
    ],
)
def test_two_victims_in_one_phrase(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "victims", "links"),
    [
        # One who died by his own hand did the harm: no victim.
        (
            "Mira Osei, 22, was found shot to death Friday. Dane Hollick, 35, died of a "
            "self-inflicted gunshot wound, police said.",
            [("Mira Osei", "killed")],
            None,
        ),
        # Near miss: a self-inflicted death told of someone else after her name.
        (
            "Police said Dane Hollick, 35, shot and killed Mira Osei, 22, and then shot himself.",
            [("Mira Osei", "killed")],
            [("Dane Hollick", "Mira Osei")],
        ),
        # "identified as the man who shot her": her killing's suspect.
        (
            "Mira Osei, 22, was found shot to death Friday. Dane Hollick, 35, has been "
            "identified as the man who shot her.",
            [("Mira Osei", "killed")],
            [("Dane Hollick", "Mira Osei")],
        ),
        # Near miss: the man who found her.
        (
            "Mira Osei, 22, was found shot to death Friday. Her neighbor, Dane Hollick, 35, was "
            "identified as the man who found her.",
            [("Mira Osei", "killed")],
            [],
        ),
        # Held, with charges to come: the suspect of the killing.
        (
            "Mira Osei, 22, was found shot to death Friday. Dane Hollick, 35, was taken into "
            "custody. Charges are expected to be filed Monday.",
            [("Mira Osei", "killed")],
            [("Dane Hollick", "Mira Osei")],
        ),
    ],
)
def test_doers_and_suspects_of_a_killing(text, victims, links):
    assert outcomes_of(text) == victims
    if links is not None:
        assert links_of(text) == links


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One described, then harmed by a pronoun in the same sentence.
        (
            "Dane Hollick, 19, was charged with robbery. Police said he approached the woman as "
            "she was pumping gas about 7:40 p.m. Saturday, pointed a handgun at her, and shoved "
            "her to the pavement.",
            [(None, "injured")],
        ),
        (
            "Dane Hollick, 19, was charged with robbery. Police said he approached the clerk and "
            "hit him with a bottle.",
            [(None, "injured")],
        ),
        # Near miss: the pronoun is someone else's ("the woman ... him").
        (
            "Dane Hollick, 19, was charged with robbery. The woman told police the man shoved him.",
            [],
        ),
    ],
)
def test_harm_told_by_a_pronoun_after_the_description(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Punched, kicked: hurt.
        (
            "Dane Hollick, 35, was charged with assault. According to the complaint, Hollick "
            "punched Ravi Anand, 29, in the face outside a bar.",
            [("Ravi Anand", "injured")],
        ),
        (
            "Dane Hollick, 35, was charged with assault after he kicked a security guard in the "
            "chest.",
            [(None, "injured")],
        ),
        # The bodies of two men: two dead.
        (
            "Dane Hollick, 35, was charged with murder. Police found the bodies of two men in a "
            "burned car.",
            [(None, "killed")] * 2,
        ),
        # Near miss: the body of a car is no one's.
        ("Dane Hollick, 35, was charged with theft. He damaged the bodies of two cars.", []),
    ],
)
def test_blows_and_bodies(text, expected):
    assert outcomes_of(text) == expected


# One described in the lede as killed is the one the report names killed, though an "also"
# of another clause follows ("..., and also assessed a fine"); near miss: "A college student
# was also killed" is one more.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A jury on Thursday sentenced Bo Tran to 45 years for the 2025 shooting death of a "
            "college student outside a bar, and also assessed a $10,000 fine. Prosecutors said "
            "Tran shot Cy Hall, 20, in the chest.",
            [("Cy Hall", 20, "killed")],
        ),
        (
            "Bo Tran shot and killed Cy Hall, 20, at a bar. A college student was also killed.",
            [(None, None, "killed"), ("Cy Hall", 20, "killed")],
        ),
    ],
)
def test_an_also_of_another_clause_tells_no_one_more(text: str, expected: list) -> None:
    assert victims_of(text) == expected


# An age in apposition to one told with "the" ("the wounding of the woman, an 18-year-old who
# was hit in the leg") is that one again, with her age; near miss: "the man, a 40-year-old"
# after a woman is someone else.
@pytest.mark.parametrize(
    ("then", "expected"),
    [
        (
            "Police charged Dane Fenn, 19, in connection with the wounding of the woman, an "
            "18-year-old who was hit in the leg.",
            [(None, 18, "injured")],
        ),
        (
            "Dane Fenn, 19, also shot the man, a 40-year-old who was hit in the arm.",
            [(None, None, "injured"), (None, 40, "injured")],
        ),
    ],
)
def test_an_age_apposed_to_the_one_told_before(then: str, expected: list) -> None:
    assert victims_of("A shooting outside a bar wounded a young woman. " + then) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "unhurt" says no harm, as "unharmed" and "uninjured" do.
        (
            "Dane Hollick, 35, was charged with murder in the death of Rhea Molnar, 40. Her "
            "6-year-old son was unhurt.",
            [(None, "unharmed"), ("Rhea Molnar", "killed")],
        ),
        (
            "Dane Hollick, 35, was charged with robbery. The cashier was unhurt.",
            [(None, "unharmed")],
        ),
        # Near miss: "hurt" alone is harm.
        (
            "Dane Hollick, 35, was charged with robbery. The cashier was hurt.",
            [(None, "injured")],
        ),
    ],
)
def test_unhurt_is_no_harm(text, expected):
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One described as a sentence's subject, told unharmed by the pronoun opening the
        # next sentence: a victim unharmed, with the age the description gives.
        (
            "Dane Hollick, 35, was charged with murder in the death of Rhea Molnar, 40. A "
            "5-year-old boy was found hiding under a bed. He was not hurt.",
            [("5-year-old boy", 5, "unharmed"), ("victim", 40, "killed")],
        ),
        (
            "Dane Hollick, 35, was charged with carjacking. Police said the 70-year-old driver "
            "was parking outside a pharmacy when a man grabbed his keys. He was uninjured.",
            [("70-year-old driver", 70, "unharmed")],
        ),
        # Near misses: the pronoun of the other sex, and the one described is the accused.
        (
            "Dane Hollick, 35, was charged with murder in the death of Rhea Molnar, 40. A "
            "5-year-old boy was found hiding under a bed. She was not hurt.",
            [("victim", 40, "killed")],
        ),
        (
            "Rhea Molnar, 40, was found dead in her home. A 35-year-old man was arrested at the "
            "scene. He was not hurt.",
            [("victim", 40, "killed")],
        ),
    ],
)
def test_one_described_then_told_unharmed_by_a_pronoun(text, expected):
    found = sorted(
        (f["description"], f["age"], f["outcome"]) for f in facts_of("VictimReported", text)
    )
    assert found == expected


def test_one_told_unharmed_twice_is_one_victim():
    text = (
        "Dane Hollick, 35, was charged with robbery. A 61-year-old woman was tied up with "
        "tape. She was not injured."
    )
    found = [(f["description"], f["outcome"]) for f in facts_of("VictimReported", text)]
    assert found == [("61-year-old woman", "unharmed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hospital told by its name alone: the condition tells the harm.
        (
            "Dane Hollick, 35, is sought in the shooting. One man was killed. A second man was "
            "taken to Brayfield General in critical condition.",
            [(None, "injured"), (None, "killed")],
        ),
        # Near miss: taken somewhere with no condition told.
        (
            "Dane Hollick, 35, is sought in the shooting. One man was killed. A second man was "
            "taken to Brayfield General for questioning.",
            [(None, "killed")],
        ),
    ],
)
def test_taken_to_a_named_hospital_in_a_condition(text, expected):
    assert outcomes_of(text) == expected
