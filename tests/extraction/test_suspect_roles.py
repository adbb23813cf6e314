"""Who a sentence says is a suspect, in wordings of court, wire and press-release stories:
a counted group named in the next sentence, a relative clause or appositive that gives the
name its role, crimes told by their acts, custody and trial said with adverbs and other
verbs. Victims, relatives, officers and witnesses beside them stay out. Every sentence here
is written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


def _names(text: str) -> set[str | None]:
    return {name for name, _ in suspects_of(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three men were indicted on drug charges. According to the indictment, Reggie "
            "Dunmore, 29, of Elgin, Kurt Vass, 33, of Aurora, and Tobias Lind, 25, of Joliet, "
            "ran a drug ring out of a rented house.",
            {("Reggie Dunmore", 29): 1, ("Kurt Vass", 33): 1, ("Tobias Lind", 25): 1},
        ),
        (
            "Two men face charges after a fight outside a bar. Reggie Dunmore, 20, and Kurt "
            "Vass, 19, were released to their parents.",
            {("Reggie Dunmore", 20): 1, ("Kurt Vass", 19): 1},
        ),
        (
            "A Yorktown couple was charged with child neglect. Police say Reggie Dunmore, 30, "
            "and Alma Dunmore, 28, left the children alone for days.",
            {("Reggie Dunmore", 30): 1, ("Alma Dunmore", 28): 1},
        ),
    ],
)  # fmt: skip
def test_a_counted_group_named_in_a_list_after_it_is_those_people(
    text: str, expected: dict
) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # The list is told as harmed: the victims, not the group charged.
        (
            "Two men were charged in the deaths. Alma Reyes, 30, and Nina Park, 28, were found "
            "dead in a car.",
            {"Alma Reyes", "Nina Park"},
        ),
        # Two names for a group of three: another group (here, witnesses).
        (
            "Three men were charged in the robbery. Alma Reyes and Nina Park, who live next "
            "door, heard the shots.",
            {"Alma Reyes", "Nina Park"},
        ),
    ],
)  # fmt: skip
def test_a_list_that_is_not_the_counted_group_is_no_suspect(text: str, absent: set) -> None:
    assert not _names(text) & absent


@pytest.mark.parametrize(
    "text",
    [
        "Reggie Dunmore, who pleaded guilty in March, testified against his cousin.",
        "Reggie Dunmore, who faces charges of robbery, is in the county jail.",
        "Reggie Dunmore, whom police arrested on Friday, has a long record.",
        "Police said Reggie Dunmore, the man charged with killing his neighbor, was calm.",
        "The judge called Reggie Dunmore, the defendant, to the stand.",
        "Reggie Dunmore, one of the suspects, lives in Elgin.",
        "Reggie Dunmore, one of three men indicted, lives in Elgin.",
    ],
)
def test_a_relative_clause_or_appositive_gives_the_name_its_role(text: str) -> None:
    assert _names(text) == {"Reggie Dunmore"}


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors say Reggie Dunmore stole $40,000 from the church.",
        "Reggie Dunmore embezzled more than $1 million from the firm, prosecutors said.",
        "Reggie Dunmore, 29, of Elgin, sold fentanyl to an informant three times.",
        "Officers say Reggie Dunmore pulled a gun and demanded cash.",
        "Reggie Dunmore is believed to have fired the shots.",
        "Reggie Dunmore is alleged to have sold stolen phones.",
        "Police say alleged gunman Reggie Dunmore fired from a passing car.",
    ],
)
def test_a_crime_told_by_its_act_makes_a_suspect(text: str) -> None:
    assert _names(text) == {"Reggie Dunmore"}


@pytest.mark.parametrize(
    "text",
    [
        "Reggie Dunmore was taken into federal custody on Friday.",
        "Reggie Dunmore has since been charged with murder.",
        "Reggie Dunmore was quickly arrested by officers nearby.",
        "Reggie Dunmore was jointly charged with his brother.",
        "Reggie Dunmore got arrested in Ohio.",
        "Reggie Dunmore is in the Kane County Jail.",
        "Reggie Dunmore is being sought by police.",
        "Police want to question Reggie Dunmore about the fire.",
        "The jury deliberated for two hours before convicting Reggie Dunmore of murder.",
        "Reggie Dunmore will face trial in June.",
        "Reggie Dunmore could face the death penalty.",
        "Reggie Dunmore will stand trial in May.",
        "Reggie Dunmore will be tried as an adult.",
        "Reggie Dunmore was ordered detained pending trial.",
        "Reggie Dunmore led police on a chase before being arrested in Elgin.",
        "Reggie Dunmore was identified through surveillance video and arrested at his home.",
        "Reggie Dunmore went to the Elgin Police Department with his lawyer Monday afternoon "
        "and was booked into the county jail.",
    ],
)
def test_custody_and_trial_in_other_words_make_a_suspect(text: str) -> None:
    assert _names(text) == {"Reggie Dunmore"}


@pytest.mark.parametrize(
    "text",
    [
        # Protective custody is a child's, not a suspect's.
        "Police arrested Reggie Dunmore. His daughter, Mia Dunmore, 6, was taken into "
        "protective custody.",
        # A victim's allegation of what befell her.
        "Reggie Dunmore was charged. Prosecutors alleged that Alma Reyes died of her wounds.",
        # Trying to do something is no trial.
        "Reggie Dunmore was charged. Alma Reyes had tried to call 911.",
        # Selling a house is no crime.
        "Reggie Dunmore was charged. Alma Reyes sold the house in 2019.",
        # A relative clause of harm.
        "Reggie Dunmore was charged. Alma Reyes, who was shot in the arm, is recovering.",
        # Officers named by their part in the arrest.
        "Reggie Dunmore was charged, said the arresting officer, Alma Reyes.",
        # A past stay in jail is another matter.
        "Reggie Dunmore was charged. Alma Reyes was in jail at the time of the shooting.",
        # Another clause with its own subject between the name and the arrest.
        "Reggie Dunmore was charged. Alma Reyes watched from her porch as the man ran down "
        "the street toward the park and was arrested.",
    ],
)
def test_others_beside_the_suspect_stay_out(text: str) -> None:
    assert "Alma Reyes" not in _names(text) and "Mia Dunmore" not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reggie Dunmore admitted to grand larceny before a county judge.",
        "Reggie Dunmore remains hospitalized under police guard.",
        "Reggie Dunmore was taken in for questioning after the fire.",
        "Reggie Dunmore is serving life in prison for the killing.",
        "Police said Reggie Dunmore, 19, and a 16-year-old boy broke into the store.",
    ],
)
def test_pleas_guard_and_sentences_in_other_words_make_a_suspect(text: str) -> None:
    assert _names(text) == {"Reggie Dunmore"}


@pytest.mark.parametrize(
    "text",
    [
        "Reggie Dunmore was charged. Alma Reyes was admitted to the hospital with a broken arm.",
        "Reggie Dunmore was charged. Alma Reyes was admitted to Mercy Medical Center.",
    ],
)
def test_admitted_to_a_hospital_is_no_plea(text: str) -> None:
    assert _names(text) == {"Reggie Dunmore"}


def test_an_office_before_a_name_is_no_part_of_it_and_its_holder_may_be_charged() -> None:
    text = (
        "Former Dade County Treasurer Lorna Pike and her husband, Gil Pike, were indicted "
        "Thursday. Lorna Pike, 61, also faces a charge of official misconduct."
    )
    assert suspects_of(text) == Counter({("Lorna Pike", 61): 1, ("Gil Pike", None): 1})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A nickname of more than one word, or with a hyphen, inside the name.
        (
            'The alleged leader, Tyrell "T-Bone" Lake, 34, is accused of ordering two '
            "shootings. Others named in the complaint include Marcus Lake, 30, and Deon "
            "Greer, 27.",
            {'Tyrell "T-Bone" Lake': 34, "Marcus Lake": 30, "Deon Greer": 27},
        ),
        # "The man, NAME": the name given to the description the report led with.
        (
            "A man was arrested Friday after a chase. The man, Brett Kowal, 41, of Evans, was "
            "taken to a hospital.",
            {"Brett Kowal": 41},
        ),
        # A relation between "identified as" and the name.
        (
            "A woman is in custody after a man was stabbed to death late Tuesday. Officers "
            "found Tony Vance, 29, in a hallway. Police identified the woman as his "
            "girlfriend, Shayla Moss, 26.",
            {"Shayla Moss": 26},
        ),
        # "Once he is released, he will be booked": the subject of the sentence before.
        (
            "Deputies said a man fired at them as they approached his truck. The man, Brett "
            "Kowal, 41, of Evans, was taken to a hospital with gunshot wounds. Once he is "
            "released, he will be booked on two counts of attempted murder.",
            {"Brett Kowal": 41},
        ),
        # An abbreviation's period inside the aside.
        ("Brett Kowal, of St. Louis, Mo., was arrested Friday.", {"Brett Kowal": None}),
        # What he was is no part of his name.
        ("Ex-Marine Brett Kowal was arrested Friday.", {"Brett Kowal": None}),
    ],
)  # fmt: skip
def test_names_given_to_a_description_or_with_asides(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected.items())


def test_the_man_named_beside_a_description_told_as_harmed_is_no_suspect() -> None:
    text = (
        "A man was found dead Friday. The man, Brett Kowal, 41, of Evans, had been shot. "
        "Police arrested Cal Dorn, 30."
    )
    assert suspects_of(text) == Counter({("Cal Dorn", 30): 1})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reggie Dunmore, 20, and a 17-year-old were arrested Friday.",
            {("Reggie Dunmore", 20): 1, (None, 17): 1},
        ),
        (
            "Reggie Dunmore, 20, was arrested. Police are looking for a second suspect.",
            {("Reggie Dunmore", 20): 1, (None, None): 1},
        ),
        (
            "Reggie Dunmore, 20, was arrested. The other suspect, a 15-year-old, was released "
            "to his parents.",
            {("Reggie Dunmore", 20): 1, (None, 15): 1},
        ),
        (
            "Reggie Dunmore, 20, was arrested. His 16-year-old accomplice was taken to a "
            "juvenile detention center.",
            {("Reggie Dunmore", 20): 1, (None, 16): 1},
        ),
        (
            "Reggie Dunmore, 20, was arrested along with three juveniles.",
            {("Reggie Dunmore", 20): 1, (None, None): 3},
        ),
        (
            "Police arrested Reggie Dunmore, 20, and two teenagers.",
            {("Reggie Dunmore", 20): 1, (None, None): 2},
        ),
        ("Police arrested a man and a woman after a chase.", {(None, None): 2}),
        ("The shooter, who has not been identified, remains at large.", {(None, None): 1}),
    ],
)  # fmt: skip
def test_co_suspects_told_without_a_name(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "text",
    [
        # Named: no unnamed one beside him.
        "Reggie Dunmore, 20, was arrested. His accomplice, Cal Dorn, 22, is being sought.",
        # "The other suspect" of two the article names is one of them.
        "Reggie Dunmore, 20, and Cal Dorn, 22, were charged. Dunmore said the other suspect "
        "planned it.",
        # Teens told as harmed beside the arrest are no co-suspects.
        "Police arrested Reggie Dunmore, 20, and two teens who were shot were taken to a hospital.",
    ],
)
def test_no_unnamed_co_suspect_where_the_group_is_named_or_harmed(text: str) -> None:
    assert None not in _names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 23-year-old Portage man turned himself in to police Monday, a day after a "
            "stabbing at a party. Derek Lyle went to the police station with his lawyer and was "
            "booked into jail.",
            {("Derek Lyle", 23): 1},
        ),
        (
            "A 58-year-old man shot his wife to death before taking his own life, police said. "
            "Officers found Greg Hale and Pat Hale, 55, dead in the kitchen. Investigators "
            "believe Greg Hale shot his wife during an argument.",
            {("Greg Hale", 58): 1},
        ),
    ],
)  # fmt: skip
def test_the_age_of_the_described_suspect_is_the_named_ones(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The following individuals were arrested:\nReggie Dunmore, 22, of Elgin, charged "
            "with burglary;\nAlma Reyes, 33, of Aurora, charged with theft;\nCal Dorn, 25, of "
            "Joliet, charged with trespass.",
            {("Reggie Dunmore", 22): 1, ("Alma Reyes", 33): 1, ("Cal Dorn", 25): 1},
        ),
        (
            "Sentenced were:\nReggie Dunmore, 29, to 10 years in prison;\nAlma Reyes, 33, to "
            "eight years in prison.",
            {("Reggie Dunmore", 29): 1, ("Alma Reyes", 33): 1},
        ),
        (
            "Arrests made during the operation:\n- Reggie Dunmore, 29, of Elgin, possession "
            "of heroin\n- Alma Reyes, 33, of Aurora, possession of cocaine",
            {("Reggie Dunmore", 29): 1, ("Alma Reyes", 33): 1},
        ),
        ("Police arrested John A Dorn, 30, on Friday.", {("John A Dorn", 30): 1}),
        (
            "Police arrested Dayton Police Sgt. Cal Dorn, 30, on Friday.",
            {("Cal Dorn", 30): 1},
        ),
    ],
)  # fmt: skip
def test_lists_of_those_charged_and_names_in_other_forms(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


def test_a_sentence_after_a_list_is_no_item_of_it() -> None:
    text = (
        "Those charged are:\n- Reggie Dunmore, 34\n- Alma Reyes, 30\n"
        "Cal Dorn, the police chief, said more arrests are likely."
    )
    assert "Cal Dorn" not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reggie Dunmore, a Dayton attorney, was indicted on fraud charges.",
        "Reggie Dunmore, the county's former spokesman, was charged with theft.",
        "Reggie Dunmore, a lawyer accused of stealing from clients, surrendered Friday.",
        "A criminal complaint accuses Reggie Dunmore of stealing $5,000.",
        "An attorney for Reggie Dunmore said he would plead not guilty.",
        "Police say Reggie Dunmore was driving drunk when he hit a pedestrian.",
        "Investigators determined that Reggie Dunmore set the fire.",
        "Reggie Dunmore was the driver who fled the crash, police said.",
        "The judge ordered Reggie Dunmore held without bail.",
        "Reggie Dunmore remains a person of interest.",
        "Reggie Dunmore is considered a suspect.",
        "Police consider Reggie Dunmore a suspect.",
        "Reggie Dunmore emerged as a suspect last year.",
        "Reggie Dunmore is believed to be involved in the disappearance.",
        "The gunman — identified by police as Reggie Dunmore, 30 — fled.",
        "Reggie Dunmore (pictured) was arrested Friday.",
    ],
)
def test_roles_and_wordings_said_of_the_name_make_a_suspect(text: str) -> None:
    assert _names(text) == {"Reggie Dunmore"}


@pytest.mark.parametrize(
    "text",
    [
        # A lawyer named for his client stays an official.
        "Reggie Dunmore was charged. His attorney, Alma Reyes, a Dayton lawyer, was not available.",
        # A spokesman telling of the arrest.
        "Reggie Dunmore was arrested, said Alma Reyes, the county's spokeswoman.",
        # Someone the police call a witness.
        "Reggie Dunmore was charged. Police consider Alma Reyes a witness.",
    ],
)
def test_officials_and_witnesses_beside_the_charge_stay_out(text: str) -> None:
    assert "Alma Reyes" not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The accused, Reggie Dunmore, was produced before a magistrate.",
        "Reggie Dunmore was sent to judicial custody.",
        "Reggie Dunmore, 31, of Leeds Road, Bradford, will appear at Bradford Magistrates' "
        "Court on Monday.",
        "Reggie Dunmore, 31, was refused bail.",
        "Reggie Dunmore was bailed until March.",
        "Reggie Dunmore will face Parramatta Local Court today.",
    ],
)
def test_custody_and_court_in_british_and_commonwealth_words(text: str) -> None:
    assert _names(text) == {"Reggie Dunmore"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alma Reyes' family wept as the man accused of killing her, Reggie Dunmore, "
            "entered the courtroom.",
            {"Reggie Dunmore"},
        ),
        (
            "The driver accused of causing the crash, Reggie Dunmore, was not hurt.",
            {"Reggie Dunmore"},
        ),
        # The name set off after the victim's renames the man, who is the one in court.
        (
            "The man who police say shot Alma Reyes, 30-year-old Reggie Dunmore, appeared in "
            "court.",
            {"Reggie Dunmore"},
        ),
        # A possessive renames the first name: he is the one arrested.
        ("Reggie Dunmore, Alma Reyes' boyfriend, was arrested Friday.", {"Reggie Dunmore"}),
        # A list set off by commas is still a list.
        (
            "Reggie Dunmore, Alma Reyes and Cal Dorn were arrested Friday.",
            {"Reggie Dunmore", "Alma Reyes", "Cal Dorn"},
        ),
    ],
)  # fmt: skip
def test_a_name_beside_a_description_of_the_accused(text: str, expected: set) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police arrested Nguyễn Văn An, 30, on Friday.", "Nguyễn Văn An"),
        ("Police arrested Đặng Minh Tuấn, 30, on Friday.", "Đặng Minh Tuấn"),
    ],
)
def test_vietnamese_names_keep_their_letters_and_words(text: str, name: str) -> None:
    assert suspects_of(text) == Counter({(name, 30): 1})


def test_a_roster_of_those_arrested_in_title_case_lines_names_each() -> None:
    text = (
        "The Sheriff's Office held a retail theft operation on Saturday, resulting in three "
        "arrests.\n\nThe following individuals were arrested:\n\n"
        "Reggie Dunmore, 31, of Leesburg - Retail Theft\n"
        "Alma Reyes, 45, of Eustis - Retail Theft, Resisting Officer Without Violence, "
        "Possession of Methamphetamine\n"
        "Cal Dorn, 52, of Tavares - Dealing in Stolen Property\n\n"
        '"Theft drives up prices for everyone," Sheriff Dale Whitaker said.'
    )
    assert suspects_of(text) == Counter(
        {("Reggie Dunmore", 31): 1, ("Alma Reyes", 45): 1, ("Cal Dorn", 52): 1}
    )


def test_a_title_case_headline_with_an_age_stays_a_headline() -> None:
    from casefile.extraction.line_kinds import is_headline

    assert is_headline("Dayton Man, 34, Charged In Downtown Shooting")
    assert not is_headline("Reggie Dunmore, 31, of Leesburg - Retail Theft")


@pytest.mark.parametrize(
    "text",
    [
        "Police believe Reggie Dunmore may be responsible for two other killings.",
        "Police are investigating whether Reggie Dunmore is connected to the disappearance of "
        "a woman.",
        "Reggie Dunmore may be linked to other crimes, police said.",
        # A headline drops the auxiliary.
        "Reggie Dunmore charged in killing of Dayton woman\n\nA Dayton man was charged Friday "
        "with murder, police said.",
        "Police: Reggie Dunmore, 30, arrested after chase\n\nA man was arrested Friday.",
    ],
)
def test_links_to_other_crimes_and_headline_wordings(text: str) -> None:
    assert _names(text) == {"Reggie Dunmore"}


def test_a_headline_whose_verb_has_an_object_names_no_suspect_by_it() -> None:
    text = "Alma Reyes sentenced him to life\n\nReggie Dunmore was sentenced Friday."
    assert _names(text) == {"Reggie Dunmore"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reggie Dunmore was picked up on a warrant Friday.", {"Reggie Dunmore"}),
        ("Reggie Dunmore was picked up by Dayton police.", {"Reggie Dunmore"}),
        ("Reggie Dunmore was handcuffed at the scene.", {"Reggie Dunmore"}),
        ("Reggie Dunmore was cleared of murder in 2020.", {"Reggie Dunmore"}),
        # A child fetched by a parent is no arrest.
        ("Reggie Dunmore was charged. Alma Reyes was picked up by her mother.", {"Reggie Dunmore"}),
    ],
)  # fmt: skip
def test_custody_in_plain_words(text: str, expected: set) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Reggie Dunmore, on trial for murder, testified Friday.",
        "Reggie Dunmore, suspected of killing his wife, fled to Mexico.",
        "Reggie Dunmore, held on $1 million bail, testified Friday.",
        "Reggie Dunmore, now on trial in the killing, spoke to the jury.",
    ],
)
def test_an_aside_after_the_name_tells_his_part(text: str) -> None:
    assert _names(text) == {"Reggie Dunmore"}


@pytest.mark.parametrize(
    "text",
    [
        "Cal Dorn was charged with kidnapping. Alma Reyes, who was held hostage for six hours, "
        "was unharmed.",
        "Cal Dorn was charged. Alma Reyes, who was facing eviction, called police.",
        "Cal Dorn was charged. Alma Reyes, his accomplice's mother, declined to comment.",
        "Cal Dorn was charged. Alma Reyes fled the scene in terror as the shots rang out.",
        "Cal Dorn was charged. Alma Reyes, who was in custody of her grandmother, is safe.",
        "Cal Dorn was convicted. Alma Reyes, the jury forewoman, said the verdict was hard.",
        "Cal Dorn was charged. Alma Reyes said she saw him pull a gun and demand cash.",
    ],
)
def test_hostages_witnesses_and_relatives_stay_out(text: str) -> None:
    assert suspects_of(text) == Counter({("Cal Dorn", None): 1})


@pytest.mark.parametrize(
    "text",
    [
        "Two men were arrested. Alma Reyes, 30, and Nina Park, 28, called 911.",
        "Two men were arrested. Alma Reyes and Nina Park, who live nearby, called 911.",
        "Two men were arrested. Alma Reyes set the fire alarm off.",
    ],
)
def test_witnesses_after_a_counted_group_are_not_its_members(text: str) -> None:
    assert not _names(text) & {"Alma Reyes", "Nina Park"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said a second man was involved and has not been identified.", 1),
        ("Investigators are still seeking a second person of interest.", 1),
        ("A second person of interest has not been named.", 1),
        ("His alleged accomplice remains at large.", 1),
        ("The getaway driver has not been caught.", 1),
        (
            "A woman who drove him from the scene was charged with hindering prosecution.",
            1,
        ),
        ("A 17-year-old who was with him faces the same charge.", 1),
        # Told only as a witness or as harmed: no co-suspect.
        ("A woman who saw him run was interviewed by police.", 0),
        ("A man who was with him was shot in the leg.", 0),
    ],
)
def test_an_unnamed_co_suspect_after_a_named_one(text: str, expected: int) -> None:
    found = suspects_of("Reggie Dunmore, 30, was charged with murder. " + text)
    assert found[("Reggie Dunmore", 30)] == 1
    assert sum(n for (name, _), n in found.items() if name is None) == expected


def test_a_k_a_ends_no_sentence() -> None:
    assert _names('Reggie Dunmore, a.k.a. "Red," was arrested Friday.') == {"Reggie Dunmore"}


def test_a_described_suspect_with_nothing_else_said_of_him_is_one_unnamed_suspect() -> None:
    text = (
        "DAYTON — A 30-year-old man was charged Friday in a shooting that injured a woman, "
        "police said. The woman was taken to a hospital."
    )
    assert suspects_of(text) == Counter({(None, 30): 1})


def test_a_caption_names_the_described_suspect_by_his_age() -> None:
    text = (
        "Dayton man charged in shooting\n\nPhoto: Reggie Dunmore, 30. (Courtesy Dayton "
        "Police)\n\nDAYTON — A 30-year-old man was charged Friday in a shooting that injured "
        "a woman, police said."
    )
    assert suspects_of(text) == Counter({("Reggie Dunmore", 30): 1})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reggie Dunmore was arrested Friday. His girlfriend, Alma Reyes, 25, drove the "
            "getaway car. She was also charged.",
            {("Reggie Dunmore", None): 1, ("Alma Reyes", 25): 1},
        ),
        # The pronoun cannot be the mother's.
        (
            "Reggie Dunmore was arrested Friday. His mother, Alma Dunmore, 55, drove him to the "
            "station. He was charged with murder.",
            {("Reggie Dunmore", None): 1},
        ),
        # Nor one not charged.
        (
            "Reggie Dunmore was arrested Friday. His mother, Alma Dunmore, 55, said he is "
            "innocent. She was not charged.",
            {("Reggie Dunmore", None): 1},
        ),
    ],
)  # fmt: skip
def test_a_pronoun_after_a_relation_named_as_subject(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“He was a good boy,” said Alma Reyes, whose son, Reggie Dunmore, was arrested "
            "Friday.",
            {"Reggie Dunmore"},
        ),
        (
            "“He is innocent,” said Alma Reyes, the mother of Reggie Dunmore, who was charged "
            "Friday.",
            {"Reggie Dunmore"},
        ),
        # A list shares the cue after its last name.
        (
            "Reggie Dunmore, 30, and Alma Reyes, 25, were charged Friday.",
            {"Reggie Dunmore", "Alma Reyes"},
        ),
        # A name in an aside that says nothing of custody leaves the cue to the first.
        (
            "Reggie Dunmore, whose brother Cal Dorn was shot, was arrested Friday.",
            {"Reggie Dunmore"},
        ),
    ],
)  # fmt: skip
def test_a_cue_after_an_aside_is_the_nearer_names(text: str, expected: set) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Reggie Dunmore was charged. Police arrested Alma Reyes's son Friday.",
        "Reggie Dunmore was charged. An attorney for Alma Reyes' family said they want justice.",
        "Reggie Dunmore was charged. Charges against Alma Reyes’s husband were dropped.",
    ],
)
def test_what_is_said_before_a_possessive_is_of_the_possessed(text: str) -> None:
    assert _names(text) == {"Reggie Dunmore"}


def test_what_police_say_was_done_to_someone_makes_no_suspect() -> None:
    text = (
        "Reggie Dunmore was charged. Alma Reyes, who police say was trafficked across the "
        "border, is safe."
    )
    assert _names(text) == {"Reggie Dunmore"}


@pytest.mark.parametrize(
    "second",
    [
        "Each faces a charge of theft.",
        "Both men were charged with theft.",
        "Both face charges of theft.",
        "Police arrested both on Friday.",
        "Police arrested them Friday.",
        "Police arrested the two on Friday.",
    ],
)
def test_a_plural_said_to_be_charged_is_the_pair_named_before(second: str) -> None:
    text = "Reggie Dunmore, 30, and Alma Reyes, 25, were seen on video leaving the store. "
    assert suspects_of(text + second) == Counter({("Reggie Dunmore", 30): 1, ("Alma Reyes", 25): 1})


def test_the_trio_is_the_three_named_before() -> None:
    text = (
        "Reggie Dunmore, 30, Alma Reyes, 25, and Cal Dorn, 22, were seen on video leaving the "
        "store. The trio was arrested Friday."
    )
    assert _names(text) == {"Reggie Dunmore", "Alma Reyes", "Cal Dorn"}


def test_two_men_arrested_after_two_women_named_are_not_the_women() -> None:
    text = "Alma Reyes and Nina Park were walking home. Police arrested the two men later."
    assert not _names(text) & {"Alma Reyes", "Nina Park"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reggie Dunmore, whose trial begins Monday, wrote a letter.", {"Reggie Dunmore"}),
        ("The judge spoke to Reggie Dunmore, whose defense attorney was absent.", {"Reggie Dunmore"}),
        # A victim's unsolved case is no trial.
        (
            "Reggie Dunmore was charged. Alma Reyes, whose case remains unsolved, was killed in "
            "2001.",
            {"Reggie Dunmore"},
        ),
    ],
)  # fmt: skip
def test_whose_trial_or_lawyer_tells_a_defendant(text: str, expected: set) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The one an officer beat while he was handcuffed is the victim; his lawyer is his.
        "Officer Cal Dorn, 36, is charged with assault. Video shows Dorn striking Alma Reyes "
        "five times while Reyes was handcuffed. Reyes' attorney called it a first step.",
        # Harm told by "suffered" makes a victim, whose lawyer names no suspect.
        "Officer Cal Dorn, 36, is charged with assault. Alma Reyes suffered a broken jaw. "
        "Reyes' attorney called the charge a first step.",
    ],
)
def test_the_person_an_officer_charged_harmed_is_no_suspect(text: str) -> None:
    assert suspects_of(text) == Counter({("Cal Dorn", 36): 1})


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a suspect hurt in his own crash, or held after his arrest, stays one.
        "Cal Dorn, 36, suffered minor injuries in the crash and was charged with DUI.",
        "Cal Dorn, 36, confessed while he was held at the jail. Dorn was charged with murder.",
        "Police say Cal Dorn, 36, was punching Alma Reyes when officers arrived. Dorn was "
        "arrested.",
    ],
)
def test_a_suspect_hurt_or_held_stays_a_suspect(text: str) -> None:
    assert suspects_of(text) == Counter({("Cal Dorn", 36): 1})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Titled in the headline, then named as the one charged: the charge sentence decides.
        (
            "The case against Officer Cal Dorn\n\nAn officer shot a man during a traffic stop."
            "\n\nCal Dorn, 36, a veteran of the department, is charged with manslaughter. Dorn "
            "turned himself in Monday.",
            {"Cal Dorn"},
        ),
        # Near miss: an officer named at work, and a charge said of someone else.
        (
            "Officer Cal Dorn, 36, found the body. Reggie Dunmore, 29, is charged with murder.",
            {"Reggie Dunmore"},
        ),
        # Near miss: another officer in his own matter years before is no suspect of the case.
        (
            "Cal Dorn, 36, is charged with manslaughter. A jury acquitted a different officer, "
            "Ray Vell, of manslaughter in 2017.",
            {"Cal Dorn"},
        ),
    ],
)
def test_an_official_is_a_suspect_where_a_sentence_charges_him_by_name(
    text: str, expected: set
) -> None:
    assert _names(text) == expected
