"""Whom reports make suspects, across kinds of story: a name given to a description ("He was
identified as"), lists of defendants, officials charged, what only a suspect undergoes, and a
sentence read from the one before ("Both were later arrested"). Victims, relatives,
officials and witnesses stay out. Every sentence here is written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import arrested_in, charges_of, court_of, suspects_of, victims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers arrested a man after a chase Tuesday. He was identified as Luis Ortega, "
            "33, of Yakima.",
            {("Luis Ortega", 33): 1},
        ),
        (
            "A man was arrested after he fired shots into a crowd Saturday. The man was "
            "identified as Luis Ortega, 33.",
            {("Luis Ortega", 33): 1},
        ),
        (
            "A driver was charged with DUI after a crash that killed a motorcyclist Sunday. The "
            "driver was identified as Paige Lund, 29. The motorcyclist, Dan Weir, 51, died at "
            "the scene.",
            {("Paige Lund", 29): 1},
        ),
        (
            "A woman was arrested Monday after a toddler was found alone in a hot car. Police "
            "identified the woman as Rita Sloan, 26.",
            {("Rita Sloan", 26): 1},
        ),
        (
            "Police arrested two men Friday after a string of car break-ins. They were "
            "identified as Colby Nash, 24, and Evan Tate, 26, both of Dover.",
            {("Colby Nash", 24): 1, ("Evan Tate", 26): 1},
        ),
        (
            "A grand jury indicted four men Tuesday in the shooting. The men are Dequan Harris, "
            "20; Malik Johnson, 22; Tyrese Bell, 19; and Jordan Price, 21.",
            {("Dequan Harris", 20): 1, ("Malik Johnson", 22): 1, ("Tyrese Bell", 19): 1,
             ("Jordan Price", 21): 1},
        ),
    ],
)  # fmt: skip
def test_a_name_given_to_a_described_suspect_is_the_suspect(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


def test_a_name_given_to_a_described_victim_is_no_suspect() -> None:
    text = (
        "A woman was found stabbed to death in an apartment on Pine Street Thursday. She was "
        "identified as Tamika Stokes, 30. Police arrested Rashad Greene, 34, on Friday."
    )
    assert suspects_of(text) == Counter({("Rashad Greene", 34): 1})


def test_the_arrest_told_of_the_description_is_the_named_suspects() -> None:
    text = "Officers arrested a man after a chase Tuesday. He was identified as Luis Ortega, 33."
    assert arrested_in(text) == ["Luis Ortega"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A report that leads with an unnamed suspect and then introduces one person.
        (
            "A Tulsa woman pleaded guilty Wednesday to embezzling from her employer. Denise "
            "Harlow, 52, admitted taking $200,000 from a dental office.",
            {("Denise Harlow", 52): 1},
        ),
        (
            "A 28-year-old wrong-way driver has been charged with vehicular homicide after a "
            "crash killed two people. The patrol said Brittany Holt, 28, was driving north in "
            "the southbound lanes.",
            {("Brittany Holt", 28): 1},
        ),
    ],
)
def test_the_person_introduced_after_an_unnamed_suspect_is_he(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "second",
    [
        "Paula Diaz, 61, said she heard shouting.",
        "Paula Diaz, 45, suffered a broken nose.",
        "Paula Diaz, 45, was treated at a hospital.",
        "Paula Diaz, 45, was driving home from work when her car was struck.",
    ],
)
def test_a_victim_or_witness_introduced_after_an_unnamed_suspect_is_no_suspect(
    second: str,
) -> None:
    text = "A man was arrested Monday after a fight outside a bar. " + second
    assert suspects_of(text) == Counter({(None, None): 1})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The following people were charged: Ana Ruiz, 30, of Elgin; Ben Cho, 41, of "
            "Aurora; and Cara Diaz, 25, of Joliet.",
            {("Ana Ruiz", 30): 1, ("Ben Cho", 41): 1, ("Cara Diaz", 25): 1},
        ),
        (
            "Charged in the ring: Al Munn, 30, of Newark, N.J.; Bo Pratt, 28, of Camden, N.J.; "
            "and Cy Dole, 41, of Philadelphia.",
            {("Al Munn", 30): 1, ("Bo Pratt", 28): 1, ("Cy Dole", 41): 1},
        ),
        (
            "Charged in the scheme are Ryan Holt, 41, of Tampa, and Gina Wells, 38, of Orlando.",
            {("Ryan Holt", 41): 1, ("Gina Wells", 38): 1},
        ),
        (
            "Police arrested Al Munn (30), Bo Pratt (28) and Cy Dole (41) on Friday.",
            {("Al Munn", 30): 1, ("Bo Pratt", 28): 1, ("Cy Dole", 41): 1},
        ),
        (
            "Ray Cobb and five others were charged with conspiracy. The other defendants are "
            "Al Munn, Bo Pratt, Cy Dole and Ed Voss.",
            {("Ray Cobb", None): 1, ("Al Munn", None): 1, ("Bo Pratt", None): 1,
             ("Cy Dole", None): 1, ("Ed Voss", None): 1},
        ),
        (
            "Prosecutors charged Ray Cobb along with Al Munn and Bo Pratt in the scheme.",
            {("Ray Cobb", None): 1, ("Al Munn", None): 1, ("Bo Pratt", None): 1},
        ),
        (
            "Ray Cobb's co-defendants, Al Munn and Bo Pratt, have pleaded not guilty.",
            {("Ray Cobb", None): 1, ("Al Munn", None): 1, ("Bo Pratt", None): 1},
        ),
        (
            "Ray Cobb, Al Munn and Bo Pratt — all of Newark — face charges of armed robbery.",
            {("Ray Cobb", None): 1, ("Al Munn", None): 1, ("Bo Pratt", None): 1},
        ),
        (
            "Others charged in the case include Al Munn, of Camden, and Bo Pratt, of Trenton.",
            {("Al Munn", None): 1, ("Bo Pratt", None): 1},
        ),
        (
            "The indictment names Al Munn, Bo Pratt and Cy Dole.",
            {("Al Munn", None): 1, ("Bo Pratt", None): 1, ("Cy Dole", None): 1},
        ),
        (
            "Rapper Lil Zed, whose real name is Zedekiah Moore, was charged along with Al Munn "
            "and Bo Pratt.",
            {("Zedekiah Moore", None): 1, ("Al Munn", None): 1, ("Bo Pratt", None): 1},
        ),
        (
            "Police arrested Al Munn, 30, on Friday. Also arrested was his girlfriend, Bea "
            "Pratt, 28.",
            {("Al Munn", 30): 1, ("Bea Pratt", 28): 1},
        ),
        (
            "Police arrested the following people during the sweep:\n\nAl Munn, 30, of Camden\n"
            "Bo Pratt, 28, of Trenton\nCy Dole, 41, of Newark",
            {("Al Munn", 30): 1, ("Bo Pratt", 28): 1, ("Cy Dole", 41): 1},
        ),
        (
            "Eight people were indicted Tuesday. They are:\n- Al Munn, 30\n- Bo Pratt, 28",
            {("Al Munn", 30): 1, ("Bo Pratt", 28): 1},
        ),
    ],
)  # fmt: skip
def test_each_defendant_of_a_list_is_a_suspect(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


def test_both_of_a_pair_joined_by_a_relative_word_are_arrested() -> None:
    text = "Nolan Ames, 36, and his cousin Trey Cobb, 31, were arrested Sunday."
    assert arrested_in(text) == ["Nolan Ames", "Trey Cobb"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officer Brian Kell, 34, was indicted Tuesday on a charge of official oppression.", 34),
        ("Judge Brian Kell, 54, was indicted Tuesday on bribery charges.", 54),
        ("State Trooper Brian Kell, 31, was arrested on a DWI charge.", 31),
        ("Attorney Brian Kell, 50, pleaded guilty to stealing from clients.", 50),
    ],
)
def test_an_official_introduced_as_charged_is_a_suspect(text: str, expected: int) -> None:
    assert suspects_of(text) == Counter({("Brian Kell", expected): 1})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A second participle after the auxiliary.
        ("Officer Brian Kell was fired and charged with assault.", {("Brian Kell", None): 1}),
        # A pair of officials charged together.
        (
            "Sgt. Brian Kell and Officer Luis Vega were indicted on civil rights charges.",
            {("Brian Kell", None): 1, ("Luis Vega", None): 1},
        ),
        # "Indicted the officer": the officer the report names by his rank is the one.
        (
            "A grand jury indicted the officer on Friday. Officer Brian Kell, 41, had shot a "
            "man during a stop. Kell surrendered Monday.",
            {("Brian Kell", 41): 1},
        ),
        # Near misses: officials who made the arrest, or were praised, are no suspects.
        (
            "Sgt. Brian Kell and Officer Luis Vega arrested Marcus Hale, 30, on Friday.",
            {("Marcus Hale", 30): 1},
        ),
        (
            "Officer Brian Kell was praised and promoted. Marcus Hale, 30, was charged.",
            {("Marcus Hale", 30): 1},
        ),
    ],
)
def test_officials_charged_in_more_wordings(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


def test_an_official_first_shown_at_work_is_no_suspect_of_the_case() -> None:
    text = (
        "Marcus Hale, 30, was arrested Friday. Officer Dale Quill shot the dog. Judge Ann "
        "Voss found Hale guilty."
    )
    assert suspects_of(text) == Counter({("Marcus Hale", 30): 1})


@pytest.mark.parametrize(
    "text",
    [
        "The trial of Jared Voss, 45, began Monday.",
        "The case against Jared Voss, 45, was dismissed Friday.",
        "Bond for Jared Voss, 45, was set at $50,000.",
        "Charges were filed Friday against Jared Voss, 45.",
        "Jared Voss, 45, admitted killing his neighbor during a dispute over a fence.",
        "Prosecutors say Jared Voss, 45, poisoned his business partner.",
        "Jared Voss, 45, the alleged shooter, was taken to a hospital.",
        "Jared Voss, 45, is the man police say shot two officers Friday.",
        "Police say Jared Voss, 45, was driving the pickup that struck and killed a cyclist.",
    ],
)
def test_what_only_a_suspect_is_said_to_undergo_or_do(text: str) -> None:
    assert suspects_of(text) == Counter({("Jared Voss", 45): 1})


@pytest.mark.parametrize(
    "text",
    [
        "Criminal charges were filed Wednesday against a 20-year-old Newport Beach man.",
        "The case of Gabby Lorne, 22, who vanished in May, remains open.",
    ],
)
def test_a_town_describing_a_suspect_or_a_missing_person_is_no_suspect(text: str) -> None:
    assert not any(name for name, _ in suspects_of(text))


@pytest.mark.parametrize(
    "second",
    ["Both were later arrested.", "They were charged with burglary on Friday.",
     "The pair faces charges of burglary."],
)  # fmt: skip
def test_a_plural_subject_said_to_be_charged_is_the_pair_named_before(second: str) -> None:
    text = "Jared Voss, 45, and Ann Kyle, 33, were seen on video leaving the store. " + second
    assert suspects_of(text) == Counter({("Jared Voss", 45): 1, ("Ann Kyle", 33): 1})


def test_a_plural_subject_said_only_to_act_names_no_suspects() -> None:
    text = (
        "Jared Voss, 45, was arrested Friday. Ann Kyle, 33, and Rob Tate, 21, were seen on "
        "video near the store. They torched a car in 2019."
    )
    assert suspects_of(text) == Counter({("Jared Voss", 45): 1})


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Ann Lee, 33, drove the getaway car. She was also charged with robbery.",
         {("Bo Tran", 30): 1, ("Ann Lee", 33): 1}),
        ("Ann Lee, 33, drove the getaway car. The woman was also charged with robbery.",
         {("Bo Tran", 30): 1, ("Ann Lee", 33): 1}),
        # A relative, a speaker, someone hurt, an officer: the pronoun is the suspect's.
        ("His mother, Ann Tran, says he is innocent. He was charged with robbery.",
         {("Bo Tran", 30): 1}),
        ("Ann Lee, a neighbor, said she heard shots. He was charged with robbery.",
         {("Bo Tran", 30): 1}),
        ("Ann Lee, 33, was shot in the arm. He was charged with assault.", {("Bo Tran", 30): 1}),
        ("Officer Ann Lee found the gun. He was charged with assault.", {("Bo Tran", 30): 1}),
    ],
)  # fmt: skip
def test_a_pronoun_said_to_be_charged_is_the_person_introduced_before_it(
    second: str, expected: dict
) -> None:
    text = "Police arrested Bo Tran, 30, on Friday. " + second
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "second",
    [
        "Another suspect, Cole Marsh, 25, remains at large.",
        "Police said Tran's accomplice, Cole Marsh, 25, drove the getaway car.",
        "Charges are pending against Cole Marsh, 25.",
        # as Irish and British courts name one, the age in brackets
        "His co-accused, Cole Marsh (25), a Polish national, was refused bail last week.",
    ],
)
def test_a_co_suspect_introduced_by_name(second: str) -> None:
    text = "Police arrested Bo Tran, 30, on Friday. " + second
    assert suspects_of(text) == Counter({("Bo Tran", 30): 1, ("Cole Marsh", 25): 1})


def test_both_said_to_be_arrested_are_the_subjects_of_the_two_sentences_before() -> None:
    text = (
        "Bo Tran, 30, drove the car. Cole Marsh, 25, rode in the passenger seat. Both were "
        "arrested Friday."
    )
    assert suspects_of(text) == Counter({("Bo Tran", 30): 1, ("Cole Marsh", 25): 1})
    assert arrested_in(text) == ["Bo Tran", "Cole Marsh"]


def test_both_taken_to_a_hospital_are_no_suspects() -> None:
    text = (
        "Bo Tran, 30, was shot in the leg. Cole Marsh, 25, was stabbed. Both were taken to a "
        "hospital."
    )
    assert suspects_of(text) == Counter()


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors accuse Jared Voss, 45, of poisoning his business partner.",
        "Officers caught Jared Voss, 45, after a short foot chase.",
        "Jared Voss, 45, was released on his own recognizance after the hearing.",
        "Jared Voss, 45, was ordered to pay $5,000 in restitution.",
        "Jared Voss, 45, remains on the run, police said.",
        # A second verb after a first that tells no cue.
        "Jared Voss, 45, was treated at a hospital and faces charges of aggravated assault.",
        "Jared Voss, 45, is expected to survive and will face a charge of assault.",
        # One of the arrests a sweep made.
        "The sweep netted 12 arrests, including Jared Voss, 45, of Dayton.",
    ],
)
def test_more_wordings_only_a_suspect_is_said_to_undergo(text: str) -> None:
    assert suspects_of(text) == Counter({("Jared Voss", 45): 1})


@pytest.mark.parametrize(
    "text",
    [
        # A camera catches no one; the crossfire catches a bystander.
        "Surveillance video caught Ann Kyle, 33, walking her dog. Police arrested Jared Voss, 45.",
        "Ann Kyle, 33, was caught in the crossfire. Police arrested Jared Voss, 45.",
        # Facing something other than charges; on the run from someone else.
        "Ann Kyle, 33, was shot and faces a long recovery. Police arrested Jared Voss, 45.",
        "Ann Kyle, 33, said she was on the run from her husband. Jared Voss, 45, was arrested.",
        # The deaths a storm caused are no arrests.
        "The storm caused 12 deaths, including Ann Kyle, 33. Jared Voss, 45, was arrested.",
    ],
)
def test_near_misses_of_those_wordings_are_no_suspects(text: str) -> None:
    assert suspects_of(text) == Counter({("Jared Voss", 45): 1})


@pytest.mark.parametrize(
    "text",
    [
        "Eleven people were charged in the sweep. Among them were Jared Voss, 45, and Ann "
        "Kyle, 33.",
        "Dozens of people were arrested in the sweep. Among them were Jared Voss, 45, and Ann "
        "Kyle, 33.",
        "Police charged 14 people. Among those charged were Jared Voss, 45, and Ann Kyle, 33.",
        "Eleven people were indicted. They are Jared Voss, 45, and Ann Kyle, 33.",
    ],
)
def test_the_members_named_of_a_large_group_charged_are_suspects(text: str) -> None:
    assert suspects_of(text) == Counter({("Jared Voss", 45): 1, ("Ann Kyle", 33): 1})


def test_the_members_named_of_a_group_harmed_are_no_suspects() -> None:
    text = (
        "Five people were killed in the crash. Among them were Ann Kyle, 33, and Ivy Marsh, "
        "22. Police arrested Jared Voss, 45."
    )
    assert suspects_of(text) == Counter({("Jared Voss", 45): 1})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The description's own relative clause tells the deed.
        (
            "A man who opened fire at a grocery store was killed by police. The coroner "
            "identified him as Jared Voss, 45.",
            {("Jared Voss", 45): 1},
        ),
        # One the police shot or killed is no victim of the case: what follows of him counts.
        (
            "Jared Voss was shot and killed by officers after he rammed a patrol car. Voss, 45, "
            "was wanted on a warrant for attempted murder.",
            {("Jared Voss", 45): 1},
        ),
        (
            "Jared Voss, 45, died after being shot by a deputy. Deputies said Voss had stabbed "
            "his neighbor moments earlier.",
            {("Jared Voss", 45): 1},
        ),
        # Near miss: the one a man shot is the victim, whoever is identified after.
        (
            "A man who was shot at a grocery store died Friday. The coroner identified him as "
            "Jared Voss, 45. Police arrested Cal Dorn.",
            {("Cal Dorn", None): 1},
        ),
    ],
)
def test_a_suspect_the_police_shot_or_killed(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An age between "identified as" and the name.
        (
            "Deputies arrested Cal Dorn, 30, on Sunday. A passenger, identified as 22-year-old "
            "Jared Voss, was also arrested and charged with possession of marijuana.",
            {("Cal Dorn", 30): 1, ("Jared Voss", 22): 1},
        ),
        (
            "A bystander, identified as 22-year-old Ann Kyle, was also wounded. Police arrested "
            "Jared Voss, 45.",
            {("Jared Voss", 45): 1},
        ),
        # A description the police are searching for gives its age to the name it is given.
        (
            "Police are searching for a 33-year-old man they say shot two people. Police "
            "identified the man as Jared Voss.",
            {("Jared Voss", 33): 1},
        ),
        (
            "Police are searching for a 33-year-old woman who went missing Friday. Her "
            "boyfriend, Jared Voss, 45, was arrested.",
            {("Jared Voss", 45): 1},
        ),
        # A co-suspect described, with her age, by a relative clause of custody.
        (
            "Jared Voss, 45, has been charged with murder. A 27-year-old woman who was arrested "
            "on suspicion of assisting an offender has been released on bail.",
            {("Jared Voss", 45): 1, (None, 27): 1},
        ),
        (
            "Jared Voss, 45, has been charged with murder. A 27-year-old woman who was stabbed "
            "in the attack is recovering.",
            {("Jared Voss", 45): 1},
        ),
        # The one a report leads with, when it names no one.
        (
            "A 27-year-old woman who was arrested Saturday has been charged with murder.",
            {(None, 27): 1},
        ),
    ],
)
def test_descriptions_beside_a_name_or_another_suspect(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Jared Voss, 45, testified in his own defense on Tuesday.",
        "The state's key witness against Jared Voss, 45, testified Monday.",
        # A pronoun said to face a term is the subject of the sentence before.
        "Jared Voss, 45, sat quietly next to his lawyer as the verdict was read. He faces life "
        "in prison.",
    ],
)
def test_what_a_court_story_says_only_of_the_defendant(text: str) -> None:
    assert suspects_of(text) == Counter({("Jared Voss", 45): 1})


@pytest.mark.parametrize(
    "text",
    [
        # Who testifies against someone is a witness; facing a recovery is no term.
        "Ann Kyle, 33, testified against Jared Voss, 45, on Monday.",
        "Jared Voss, 45, was arrested. Ann Kyle, 33, was shot in the leg. She faces a long "
        "recovery.",
    ],
)
def test_the_witness_and_the_wounded_of_a_court_story_are_no_suspects(text: str) -> None:
    assert suspects_of(text) == Counter({("Jared Voss", 45): 1})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jared Voss, 45, his son Cal Voss, 20, and a friend, Ann Kyle, 33, were arrested.",
            {("Jared Voss", 45): 1, ("Cal Voss", 20): 1, ("Ann Kyle", 33): 1},
        ),
        (
            "Police arrested Jared Voss, 45, and a friend, Ann Kyle, 33, on Friday.",
            {("Jared Voss", 45): 1, ("Ann Kyle", 33): 1},
        ),
        # Near misses: relatives questioned and released, a neighbor and a friend shot.
        (
            "Jared Voss, 45, was arrested. His son, Cal Voss, 20, and a friend, Ann Kyle, 33, "
            "were questioned and released.",
            {("Jared Voss", 45): 1},
        ),
        (
            "Police said Jared Voss, 45, shot his neighbor, Ann Kyle, 33, and a friend, Cal "
            "Dorn, 30, who survived.",
            {("Jared Voss", 45): 1},
        ),
    ],
)
def test_a_list_item_told_by_its_relation_to_the_one_before(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man suspected of robbing a bank was shot and killed by police Friday. He was "
            "identified as Jared Voss, 45.",
            {("Jared Voss", 45): 1},
        ),
        (
            "Police shot and killed a man who they say stabbed two people at a bus stop. The "
            "man was identified as Jared Voss, 45.",
            {("Jared Voss", 45): 1},
        ),
        (
            "A robbery suspect died after a shootout with deputies Friday. The sheriff's office "
            "identified him as Jared Voss, 45.",
            {("Jared Voss", 45): 1},
        ),
        # Near miss: the man a robber killed is the victim.
        (
            "A man was shot and killed by a robber Friday. He was identified as Jared Voss, 45. "
            "Police arrested Cal Dorn.",
            {("Cal Dorn", None): 1},
        ),
    ],
)
def test_a_suspect_the_police_killed_named_after_a_description(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two women were in the dock at Harwick Magistrates' Court. Petra Lund, 31, and "
            "Gina Holt, 28, appeared on Monday on charges of fraud and theft.",
            {("Petra Lund", 31): 1, ("Gina Holt", 28): 1},
        ),
        (
            "Oskar Brandt, 44, appeared yesterday to face a charge of arson.",
            {("Oskar Brandt", 44): 1},
        ),
        # Appearing on a stage or a show is no session of a case.
        ("Oskar Brandt, 44, appeared on Monday on a cooking show.", {}),
        ("Oskar Brandt, 44, appeared on Monday on behalf of the council.", {}),
    ],
)
def test_appearing_on_charges_with_the_court_told_before(text: str, expected: dict) -> None:
    """The court left to the sentence before: appearing on a charge is the accused's."""
    assert suspects_of(text) == Counter(expected)


def test_the_session_of_appearing_on_charges_is_an_appearance() -> None:
    text = "Petra Lund, 31, appeared on Monday on charges of fraud and theft."
    assert court_of(text) == {("Petra Lund", "appearance", "2024-03-11")}
    assert charges_of(text) == {
        ("Petra Lund", "fraud", "filed"),
        ("Petra Lund", "theft", "filed"),
    }


@pytest.mark.parametrize(
    ("text", "suspects", "victims"),
    [
        # The one murdered, named as the object of the accused's participle.
        (
            "A man accused of murdering Kelso teacher Rina Parata has pleaded not guilty.",
            {(None, None): 1},
            [("Rina Parata", None, "killed")],
        ),
        # A man whose name is kept back, and the one found dead named most often.
        (
            "A man charged with murdering a woman in Kelso has been granted name suppression. "
            "The 41-year-old appeared in the Kelso District Court today, a day after the body "
            "of Rina Parata, 29, was found at a flat in Mill Road. Police said they were not "
            "looking for anyone else over Ms Parata's death. Ms Parata worked at a bakery.",
            {(None, None): 1},
            [("Rina Parata", 29, "killed")],
        ),
        # Near miss: a body of evidence names no one harmed.
        (
            "Prosecutors said a body of evidence tied Cole Varga, 33, to the fires. Varga "
            "was charged with arson.",
            {("Cole Varga", 33): 1},
            [],
        ),
    ],
)
def test_the_one_murdered_or_found_dead_is_no_suspect(
    text: str, suspects: dict, victims: list
) -> None:
    assert {name for name, _ in suspects_of(text)} == {name for name, _ in suspects}
    assert victims_of(text) == victims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Corin Vale, 33, was charged with robbery. Solicitor for the accused, Ms Ines "
            "Farr, said her client would apply for bail.",
            {("Corin Vale", 33): 1},
        ),
        (
            "Corin Vale, 33, and Luka Penn, 29, were charged with robbery. Counsel for both "
            "men, Ines Farr, said they deny the charges.",
            {("Corin Vale", 33): 1, ("Luka Penn", 29): 1},
        ),
        # Near miss: the accused set beside a name is the accused.
        (
            "Corin Vale, 33, was charged with robbery. The co-accused, Ines Farr, was "
            "remanded in custody.",
            {("Corin Vale", 33): 1, ("Ines Farr", None): 1},
        ),
    ],
)
def test_counsel_for_the_accused_is_no_suspect(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)
