"""Suspects as each stage of a case tells them, probed with invented copy in the styles
outlets use: blotter and court lists that give a home town after the age without "of", and
the near misses each rule must not read. Every sentence here is written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import charges_of, facts_of, suspects_of, victims_of


def _homes(text: str) -> dict[str, str | None]:
    return {f["name"]: f["residence"] for f in facts_of("SuspectIdentified", text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dario Quint, 34, Elmwood, and Lena Voss, 29, were charged with theft.",
            {("Dario Quint", 34): 1, ("Lena Voss", 29): 1},
        ),
        (
            "Police arrested Dario Quint, 34, Elmwood, and Lena Voss, 29, on Friday.",
            {("Dario Quint", 34): 1, ("Lena Voss", 29): 1},
        ),
        (
            "Dario Quint, 34, Elmwood, Lena Voss, 29, Pinebrook, and Omar Tate, 41, were charged "
            "with burglary.",
            {("Dario Quint", 34): 1, ("Lena Voss", 29): 1, ("Omar Tate", 41): 1},
        ),
        (
            "Dario Quint, 34, Dayton, Ohio, and Lena Voss, 29, were charged with theft.",
            {("Dario Quint", 34): 1, ("Lena Voss", 29): 1},
        ),
    ],
)  # fmt: skip
def test_a_town_after_the_age_without_of_keeps_the_list(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


def test_each_of_a_list_with_towns_is_charged() -> None:
    text = "Dario Quint, 34, Elmwood, and Lena Voss, 29, were charged with theft."
    assert charges_of(text) == {
        ("Dario Quint", "theft", "filed"),
        ("Lena Voss", "theft", "filed"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Charged were Dario Quint, 34, Elmwood; Lena Voss, 29, Pinebrook; and Omar Tate, 41, "
            "Fairview.",
            {"Dario Quint": "Elmwood", "Lena Voss": "Pinebrook", "Omar Tate": "Fairview"},
        ),
        (
            "Dario Quint, 34, Dayton, Ohio, and Lena Voss, 29, were charged with theft.",
            {"Dario Quint": "Dayton", "Lena Voss": None},
        ),
        # A day after the age is when, not where.
        (
            "Police arrested Dario Quint, 34, Friday, and charged him with theft.",
            {"Dario Quint": None},
        ),
    ],
)  # fmt: skip
def test_a_blotter_town_is_read_before_the_next_item(text: str, expected: dict) -> None:
    assert _homes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prosecutors allege Hollis Vane forged checks.", {("Hollis Vane", None): 1}),
        (
            "Prosecutors allege that Hollis Vane, 58, forged checks in her name.",
            {("Hollis Vane", 58): 1},
        ),
        (
            "Police allege Hollis Vane, 58, used a stolen credit card at three stores.",
            {("Hollis Vane", 58): 1},
        ),
        (
            "Prosecutors allege Bo Tran, 31, of Elgin, was driving drunk when he hit the cyclist.",
            {("Bo Tran", 31): 1},
        ),
        (
            "The indictment alleges that Bo Tran and Ann Lee laundered the proceeds.",
            {("Bo Tran", None): 1, ("Ann Lee", None): 1},
        ),
    ],
)  # fmt: skip
def test_an_allegation_of_what_a_name_did_makes_a_suspect(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "text",
    [
        # What befell her, not what she did.
        "Prosecutors allege that Ann Lee died of blunt force trauma.",
        "Police allege Ann Lee was struck several times with a bat.",
        # A civil claim accuses no one of a crime.
        "The lawsuit alleges Ann Lee ignored repeated warnings about the stairs.",
    ],
)
def test_an_allegation_of_what_befell_a_name_makes_no_suspect(text: str) -> None:
    assert not [name for name, _ in suspects_of(text) if name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Marlow man accused of stealing from his elderly neighbor will stand trial next "
            "month. Prosecutors say Hollis Vane, 58, took more than $40,000 from the woman's "
            "accounts.",
            {("Hollis Vane", 58): 1},
        ),
        (
            "A Corbin woman suspected of setting three fires is due in court. Fire officials say "
            "Nadia Petrov, 41, bought gasoline an hour before the first one.",
            {("Nadia Petrov", 41): 1},
        ),
    ],
)  # fmt: skip
def test_a_lede_describing_the_accused_by_a_participle_is_the_name_told_next(
    text: str, expected: dict
) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dario Quint, aged 34, and Lena Voss, aged 29, both of Elmwood, were charged with "
            "affray.",
            {"Dario Quint": "Elmwood", "Lena Voss": "Elmwood"},
        ),
        (
            "Federal agents arrested 12 people, including Dario Quint, 34, of Elmwood, and Omar "
            "Tate, 41, of Fairview.",
            {"Dario Quint": "Elmwood", "Omar Tate": "Fairview"},
        ),
    ],
)  # fmt: skip
def test_each_item_of_a_list_with_its_age_and_home(text: str, expected: dict) -> None:
    assert _homes(text) == expected


def test_an_address_with_its_town_keeps_a_charge_list_whole() -> None:
    text = (
        "Dario Quint, 34, of Elmwood Road, Pinebrook, and Lena Voss, 29, of Main Street, "
        "Pinebrook, were charged with affray."
    )
    assert charges_of(text) == {
        ("Dario Quint", "affray", "filed"),
        ("Lena Voss", "affray", "filed"),
    }


def test_a_count_of_many_arrested_stays_a_statistic_when_it_names_no_one() -> None:
    text = (
        "Bo Tran, 30, was charged with robbery. Police in the county arrested 40 people last "
        "year in similar robberies."
    )
    assert suspects_of(text) == Counter({("Bo Tran", 30): 1})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police were called to a fight at the Copper Pot bar late Friday. Omar Haddad, 34, "
            "the bar's manager, called 911. The suspect, a 25-year-old man, was arrested at the "
            "scene. He has been charged with assault.",
            {(None, 25): 1},
        ),
        (
            "Omar Haddad, 34, told deputies a man had followed him home from work. A 41-year-old "
            "man was arrested nearby. He faces a stalking charge.",
            {(None, 41): 1},
        ),
        (
            "Deputies responded to a disturbance on Birch Lane on Sunday. Omar Haddad, 34, told "
            "deputies he had been threatened. The man who threatened him was later found at a gas "
            "station. He was charged with menacing.",
            {(None, None): 1},
        ),
    ],
)  # fmt: skip
def test_a_pronoun_after_a_described_subject_is_not_the_name_before(
    text: str, expected: dict
) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "found",
    [
        "Officers found Omar Haddad, 34, with multiple stab wounds.",
        "Officers found Omar Haddad suffering from a gunshot wound.",
    ],
)
def test_one_found_with_wounds_is_harmed_not_the_one_charged(found: str) -> None:
    text = (
        "A 17-year-old was arrested Saturday after a stabbing at Riverside Park. "
        + found
        + " The teen, whose name was not released, was taken into custody. He has been charged "
        "with assault."
    )
    assert suspects_of(text) == Counter({(None, 17): 1})
    assert [name for name, _, _ in victims_of(text)] == ["Omar Haddad"]


def test_a_further_suspect_told_in_custody_is_an_unnamed_co_suspect() -> None:
    text = (
        'Tyrell Okonkwo, 19, and Marquis "Boo" Lafleur, 21, both of Brannock, were arrested '
        "over the weekend. A third suspect, described only as a juvenile, is also in custody, "
        "police said."
    )
    assert suspects_of(text) == Counter(
        {("Tyrell Okonkwo", 19): 1, ('Marquis "Boo" Lafleur', 21): 1, (None, None): 1}
    )
    assert _homes(text)["Tyrell Okonkwo"] == "Brannock"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ciaran Mulholland, 27, of Ashgrove Park, Dunmere, appeared before Kilmoon District "
            "Court charged with assault.",
            "Dunmere",
        ),
        ("Dario Quint, 34, of Oak Park, Ill., was charged with theft.", "Oak Park"),
        ("Dario Quint, 34, of Oak Park, Illinois, was charged with theft.", "Oak Park"),
        ("Sinead Ryan (31), of Fairview Heights, Kilmoon, Co Clare, was remanded in custody.",
         "Kilmoon"),
        ("Dario Quint, 34, of St. Paul, was charged with theft.", "St. Paul"),
        ("Dario Quint, 34, of East St. Louis, was charged with theft.", "East St. Louis"),
        ("Dario Quint, 34, of the 400 block of Main Street in Pinebrook, was charged with theft.",
         "Pinebrook"),
        ("Dario Quint, 34, of rural Pinebrook, was charged with theft.", "Pinebrook"),
        ("Dario Quint, 34, of the 400 block of Main Street, was charged with theft.", None),
    ],
)  # fmt: skip
def test_the_town_of_an_address(text: str, expected: str | None) -> None:
    assert list(_homes(text).values()) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputy Carla Ruiz, who shot an unarmed man in 2021, was acquitted Friday.",
         {("Carla Ruiz", None): 1}),
        ("Officer Dwayne Pruitt, 41, was sentenced Tuesday to four years in prison.",
         {("Dwayne Pruitt", 41): 1}),
        ("Sgt. Ray Coombs was found guilty of official misconduct.", {("Ray Coombs", None): 1}),
    ],
)  # fmt: skip
def test_an_official_given_a_verdict_or_a_sentence_is_the_defendant(
    text: str, expected: dict
) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Sean Flynn denied the charge.",
        "Sean Flynn, 33, denies both counts.",
        "Sean Flynn denies the offence and will stand trial in May.",
    ],
)
def test_denying_a_charge_is_the_defendant(text: str) -> None:
    assert [name for name, _ in suspects_of(text)] == ["Sean Flynn"]


def test_the_one_a_defendant_shot_and_said_he_feared_is_the_victim() -> None:
    text = (
        "A jury on Thursday found Reginald Thorne guilty of second-degree murder in the "
        "shooting death of his cousin. Thorne, 33, shot Anton Thorne, 29, during an argument "
        "at a family cookout, prosecutors said. Defense attorney Wendy Castellano had argued "
        "that her client acted in self-defense after Anton Thorne pulled a knife. Thorne faces "
        "15 years to life in prison when he is sentenced in March."
    )
    assert suspects_of(text) == Counter({("Reginald Thorne", 33): 1})
    assert victims_of(text) == [("Anton Thorne", 29, "killed")]


@pytest.mark.parametrize(
    ("text", "suspects", "victims"),
    [
        (
            "Police said Omar Reyes, 30, shot Ann Lee, 41, outside her home Friday.",
            ["Omar Reyes"],
            ["Ann Lee"],
        ),
        # The one owned was shot, not the owner.
        (
            "Omar Reyes, 30, who shot Ann Lee's brother outside a bar, was charged Friday.",
            ["Omar Reyes"],
            [],
        ),
    ],
)
def test_the_object_of_shot_is_harmed(text: str, suspects: list, victims: list) -> None:
    assert [name for name, _ in suspects_of(text)] == suspects
    assert [name for name, _, _ in victims_of(text) if name] == victims


def test_a_part_of_a_police_force_names_no_one() -> None:
    text = (
        "A 34-year-old woman has been charged after a pedestrian was struck in Parramatta. "
        "Officers attached to Parramatta Police Area Command arrested the woman at a home in "
        "Harris Park about 3pm yesterday. She was refused bail."
    )
    assert suspects_of(text) == Counter({(None, 34): 1})


@pytest.mark.parametrize(
    "text",
    [
        "Tavon Reese, 31, was charged with Aggravated Assault with a Deadly Weapon and "
        "Possession of a Firearm by a Convicted Felon.",
        "Tavon Reese, 31, was charged with being a convicted felon in possession of a firearm.",
    ],
)
def test_a_convicted_felon_in_a_charge_name_is_no_verdict(text: str) -> None:
    assert {status for _, _, status in charges_of(text)} == {"filed"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five people were later arrested and charged in the robbery. Dario Quint was charged "
            "with attempted murder. Two others, Lena Voss and Omar Tate, were charged as "
            "accessories.",
            {("Dario Quint", None): 1, ("Lena Voss", None): 1, ("Omar Tate", None): 1},
        ),
        # A stored copy cut off before the sentence's verb.
        (
            "Five people were later arrested and charged in the robbery. Dario Quint was charged "
            "with attempted murder. Two others, Lena Voss and Omar Tate",
            {("Dario Quint", None): 1, ("Lena Voss", None): 1, ("Omar Tate", None): 1},
        ),
        (
            "Three people were arrested. Dario Quint, 34, was charged with robbery. The other two, "
            "Lena Voss and Omar Tate, face lesser charges.",
            {("Dario Quint", 34): 1, ("Lena Voss", None): 1, ("Omar Tate", None): 1},
        ),
        # The others of a group told as harmed are no suspects.
        (
            "Two women were injured in the crash. Two others, Lena Voss and Ann Birch, were "
            "treated at the scene. Dario Quint, 34, was charged with drunk driving.",
            {("Dario Quint", 34): 1},
        ),
    ],
)  # fmt: skip
def test_the_others_of_a_group_told_arrested_are_named_after_it(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lena Voss, Omar Tate and Felix Marr remain jailed.",
         {("Lena Voss", None): 1, ("Omar Tate", None): 1, ("Felix Marr", None): 1}),
        ("Lena Voss and Omar Tate remain in custody.",
         {("Lena Voss", None): 1, ("Omar Tate", None): 1}),
        (
            "Prosecutors also charged Quint's associates: Lena Voss, a nurse from Pinebrook; "
            "Omar Tate, a pharmacist; and Felix Marr.",
            {("Lena Voss", None): 1, ("Omar Tate", None): 1, ("Felix Marr", None): 1},
        ),
        (
            "Dario Quint, the alleged ringleader, and six others were indicted. Among them: Lena "
            "Voss, Omar Tate and Felix Marr.",
            {("Dario Quint", None): 1, ("Lena Voss", None): 1, ("Omar Tate", None): 1,
             ("Felix Marr", None): 1},
        ),
    ],
)  # fmt: skip
def test_a_group_of_co_defendants_told_together(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bo Tran, 30, escaped from the county jail on Sunday.", ["Bo Tran"]),
        ("Bo Tran escaped from custody while being taken to a hospital.", ["Bo Tran"]),
        # One harmed who got away.
        ("Curtis Blaylock, 41, faces two counts of murder. The girlfriend, Tara Reed, escaped "
         "with burns.", ["Curtis Blaylock"]),
        ("Ann Lee escaped the fire by jumping from a window.", []),
        ("Ann Lee escaped unharmed.", []),
    ],
)  # fmt: skip
def test_escaping_custody_not_harm(text: str, expected: list) -> None:
    assert [name for name, _ in suspects_of(text) if name] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\"I'm sorry for what I did,\" Dario Quint told the judge before he was sentenced to "
         "eight years.", ["Dario Quint"]),
        ("Dario Quint said nothing as he was led away in handcuffs.", ["Dario Quint"]),
        # The one sentenced is another subject than the speaker.
        ("Ann Lee told reporters she cried when he was sentenced.", []),
        ("\"He took my son,\" Ann Lee told the court before Dario Quint was sentenced.",
         ["Dario Quint"]),
    ],
)  # fmt: skip
def test_a_speaker_then_sentenced_or_taken_away(text: str, expected: list) -> None:
    assert [name for name, _ in suspects_of(text) if name] == expected
