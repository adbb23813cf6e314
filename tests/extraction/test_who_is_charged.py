"""Everyone a report says was arrested, charged, tried, sentenced or held on bond in this
case is one of its suspects, with the age the report gives; no one reported killed is.
Every sentence here is written for these tests."""

from __future__ import annotations

import datetime

import pytest

from casefile.extraction import extract_facts
from casefile.extraction.line_kinds import is_headline
from tests.extraction.reading import charges_of

PUBLISHED = datetime.date(2024, 3, 14)


def suspects_of(text: str) -> dict[str | None, int | None]:
    return {
        f.fields["name"]: f.fields["age"]
        for f in extract_facts(text, PUBLISHED)
        if f.kind == "SuspectIdentified"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list of defendants with ages before "are each charged".
        (
            "Rafael Soto, 34, Dean Pike, 29, and Omar Hale, 41, are each charged with fraud. "
            "Pike is also charged with perjury.",
            {"Rafael Soto": 34, "Dean Pike": 29, "Omar Hale": 41},
        ),
        (
            "Tara Venn, 22, and Cole Marsh, 25, each face a charge of burglary.",
            {"Tara Venn": 22, "Cole Marsh": 25},
        ),
    ],
)
def test_everyone_charged_is_a_suspect(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Bo Tran Pleads Guilty to Robbing Store in Albany, N.Y.",
        "Ann Lee Sentenced for Fatal Crash Near Dayton, Ohio",
    ],
)
def test_a_title_case_line_ending_in_an_abbreviation_is_a_headline(line: str) -> None:
    assert is_headline(line)


def test_a_sentence_ending_in_a_plain_full_stop_is_no_headline() -> None:
    assert not is_headline("Bo Tran Was Arrested By State Police On Monday.")


def test_a_source_named_after_according_to_is_no_suspect() -> None:
    text = (
        "Bo Tran, 30, was arrested Monday. According to WXYZ Action News, Tran is charged "
        "with arson."
    )
    assert suspects_of(text) == {"Bo Tran": 30}


def facts_about(kind: str, text: str) -> list[dict]:
    return [f.fields for f in extract_facts(text, PUBLISHED) if f.kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vance, 31, was arrested Friday. The boy, Eli Vance, had a broken arm. "
        "Vance is being held without bond.",
        "Eli Vance, 4, died at a hospital. His mother, Nora Vance, 31, was charged with "
        "murder. An autopsy found Eli Vance had fractures. Vance is being held without bond.",
    ],
)
def test_a_shared_surname_in_a_custody_clause_is_the_suspects(text: str) -> None:
    assert suspects_of(text) == {"Nora Vance": 31}
    assert [b["person"] for b in facts_about("BondSet", text)] == ["Nora Vance"]


def unnamed_of(text: str) -> list[int | None]:
    return [
        f.fields["age"]
        for f in extract_facts(text, PUBLISHED)
        if f.kind == "SuspectIdentified" and f.fields["name"] is None
    ]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        # The age told beside "a second teen".
        (
            "A 15-year-old boy was charged with arson. A second teen, 17, was also arrested.",
            [15, 17],
        ),
        # A counted group beside a named suspect.
        (
            "Bo Tran, 19, was charged with theft. Two 16-year-olds, whose names were not "
            "released, face similar charges.",
            [16, 16],
        ),
        ("Bo Tran, 19, was arrested. Three juveniles were also arrested.", [None, None, None]),
        # A group harmed, not charged, is no suspect.
        ("Bo Tran, 19, was arrested. Two 16-year-olds were wounded in the shooting.", []),
        # A boy or girl is the suspect only as the subject of custody.
        ("A 14-year-old girl was arrested Monday and charged with assault.", [14]),
        ("The death of a 14-year-old girl led to the arrest of a man.", [None]),
        # Someone new told by a participle beside the one named: "arrested on suspicion of".
        (
            "Gareth Lowe, 34, has been charged with murder. A 29-year-old woman arrested on "
            "suspicion of assisting an offender has been released on bail.",
            [29],
        ),
        # An officer who arrested someone is no one arrested.
        ("Gareth Lowe, 34, was charged. A 29-year-old officer arrested him at the scene.", []),
    ],
)
def test_unnamed_co_suspects(text: str, ages: list[int | None]) -> None:
    assert unnamed_of(text) == ages


@pytest.mark.parametrize(
    ("text", "residence"),
    [
        ("Bo Tran, 61, of Ash Street, was arrested on a charge of theft.", None),
        ("Bo Tran, 61, of Milltown, was arrested on a charge of theft.", "Milltown"),
        # The town after the street, as British and Irish reports give an address.
        ("Bo Tran, 61, of Orchard Close, Milltown, was charged with theft.", "Milltown"),
        ("Bo Tran, 61, of Ash Street, Milltown, Ohio, was charged with theft.", "Milltown"),
        ("Bo Tran, 61, of Ash Street, Ohio, was charged with theft.", None),
        # A blotter's town after the age, without "of"; never a state.
        ("Bo Tran, 61, Milltown, was arrested on a charge of theft.", "Milltown"),
        ("Bo Tran, 61, Ohio, was arrested on a charge of theft.", None),
    ],
)
def test_a_street_is_no_residence(text: str, residence: str | None) -> None:
    (suspect,) = [f for f in extract_facts(text, PUBLISHED) if f.kind == "SuspectIdentified"]
    assert suspect.fields["residence"] == residence


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee, 44, was sentenced to 12 years. Former officer Cole Marsh, 39, received seven "
        "years.",
        "Ann Lee, 44, was sentenced to 12 years. Cole Marsh, 39, got five years of probation.",
    ],
)
def test_one_who_received_a_term_is_a_suspect(text: str) -> None:
    assert suspects_of(text) == {"Ann Lee": 44, "Cole Marsh": 39}
    terms = [f.fields for f in extract_facts(text, PUBLISHED) if f.kind == "SentenceImposed"]
    assert "Cole Marsh" in [t["person"] for t in terms]


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot dead Monday. Police identified the shooter as Dale Wynn, 22.",
        "A woman was stabbed Sunday. Dale Wynn, 22, who police say stabbed her, fled and "
        "remains at large.",
        "A woman was stabbed Sunday. Dale Wynn, 22, is due in court Monday.",
        "A man robbed a bank Friday. Officers shot and killed the robber, Dale Wynn, 22.",
        "A bank was robbed in May. Dale Wynn, 22, admitted to robbing it.",
        "The FBI is searching for Dale Wynn, 22, who is wanted in the robbery.",
        "A store was robbed. Dale Wynn, 22, is scheduled to appear in Lake County court Monday.",
    ],
)
def test_suspect_cues_of_many_styles(text: str) -> None:
    assert suspects_of(text) == {"Dale Wynn": 22}


@pytest.mark.parametrize(
    "text",
    [
        "Dale Wynn, 22, was admitted to the hospital with a gunshot wound.",
        "Protests over Dale Wynn's death followed. A woman posted bail.",
    ],
)
def test_no_suspect_cue(text: str) -> None:
    assert "Dale Wynn" not in suspects_of(text)


def test_a_name_ending_in_s_has_a_possessive_bond() -> None:
    text = "A woman was stabbed Sunday. Dale Wells' bond was set at $50,000."
    assert list(suspects_of(text)) == ["Dale Wells"]


def test_the_defendants_named_in_apposition() -> None:
    text = "The defendants, Dale Wynn and Tia Reed, appeared in court Monday."
    assert list(suspects_of(text)) == ["Dale Wynn", "Tia Reed"]


def test_a_list_parted_by_semicolons_is_arrested_together() -> None:
    text = "Dale Wynn, 22; Tia Reed, 19; and Omar Cruz, 25, were arrested Friday."
    arrested = [
        f.fields["person"] for f in extract_facts(text, PUBLISHED) if f.kind == "ArrestMade"
    ]
    assert sorted(arrested) == ["Dale Wynn", "Omar Cruz", "Tia Reed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Dale Wynn, also known as "Red," was arrested Monday.', {"Dale Wynn": None}),
        ("Dale Wynn of Milltown, 31, was charged with theft.", {"Dale Wynn": 31}),
        ("Dale Wynn of Milltown, Ohio, was charged with theft.", {"Dale Wynn": None}),
        ("Charges were filed against Dale Wynn, 31, on Tuesday.", {"Dale Wynn": 31}),
        # A relative named in the list of those arrested is one of them.
        (
            "Police arrested the boy's mother, Mia Long, 28, and her boyfriend, Dale Wynn, 31.",
            {"Mia Long": 28, "Dale Wynn": 31},
        ),
        # A relative named beside the suspect, and not charged, is not.
        (
            "Mia Long, 28, was arrested. She and her son, Eli Long, 3, lived in a car.",
            {"Mia Long": 28},
        ),
    ],
)
def test_appositives_and_lists(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected


def suspect_rows(text: str) -> list[tuple]:
    return [
        (f.fields["name"], f.fields["age"], f.fields["residence"])
        for f in extract_facts(text, PUBLISHED)
        if f.kind == "SuspectIdentified"
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Dale Wynn and Tia Reed, both 24 and from Milltown, were arrested Tuesday.",
            [("Dale Wynn", 24, "Milltown"), ("Tia Reed", 24, "Milltown")],
        ),
        (
            "Dale Wynn, 30, and Tia Reed, both of Milltown, were arrested Tuesday.",
            [("Dale Wynn", 30, "Milltown"), ("Tia Reed", None, "Milltown")],
        ),
        # An unnamed juvenile charged, and a second suspect named in apposition.
        (
            "A 17-year-old has been charged in the shooting. The teen, whose name was not "
            "released, is charged with assault. A second suspect, 18-year-old Dale Wynn, was "
            "arrested Sunday and charged with obstruction.",
            [("Dale Wynn", 18, None), (None, 17, None)],
        ),
    ],
)
def test_groups_and_unnamed_juveniles(text: str, rows: list[tuple]) -> None:
    assert suspect_rows(text) == rows


def test_the_charge_of_an_unnamed_juvenile_is_not_the_named_suspects() -> None:
    text = (
        "A 17-year-old has been charged in the shooting. The teen, whose name was not "
        "released, is charged with assault. A second suspect, 18-year-old Dale Wynn, was "
        "arrested Sunday and charged with obstruction."
    )
    charges = {
        f.fields["charge"]: f.fields["person"]
        for f in extract_facts(text, PUBLISHED)
        if f.kind == "ChargeFiled"
    }
    assert charges == {"assault": None, "obstruction": "Dale Wynn"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A report about an officer charged names him by his rank.
        (
            "A county sheriff's deputy was arrested on a charge of drunken driving. Deputy "
            "Ross Hale, 31, was off duty at the time. He was booked and released.",
            {"Ross Hale": 31},
        ),
        (
            "A former police officer was indicted Wednesday. Sgt. Ross Hale, 41, was suspended. "
            "He surrendered to authorities. The man who was kicked, Eli Vance, 24, was hurt. "
            "Vance's attorney praised the indictment.",
            {"Ross Hale": 41},
        ),
        # An officer named by rank in a report about someone else is no suspect.
        (
            "Bo Tran, 30, was arrested. Deputy Ross Hale, 31, said Tran was booked.",
            {"Bo Tran": 30},
        ),
    ],
)
def test_officers_charged(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot Sunday. Police are searching for Dale Wynn, 22, in the shooting.",
        "A man was shot Sunday. Police want to speak with Dale Wynn, 22, about it.",
        "A man was shot Sunday. Police are asking for help finding Dale Wynn, 22.",
        "A man was shot Sunday. Detectives consider Dale Wynn, 22, a person of interest.",
        "A man was shot Sunday. Dale Wynn, 22, is considered armed and dangerous.",
        "A man was shot Sunday. Police released a photo of Dale Wynn, 22, who they believe "
        "fired the shots.",
        "A man was shot Sunday. Dale Wynn, 22, fired several shots at him, police said.",
        "A man was shot Sunday. Dale Wynn, 22, has been linked to the shooting.",
        "A man was shot Sunday. Police said the shooter was Dale Wynn, 22.",
    ],
)
def test_one_the_police_look_for_or_tie_to_the_crime_is_a_suspect(text: str) -> None:
    assert suspects_of(text) == {"Dale Wynn": 22}


@pytest.mark.parametrize(
    "text",
    [
        "Police are searching for Eva Lund, 15, who has been missing since Monday.",
        "A man was shot Sunday. His mother, Eva Lund, said police are looking for answers.",
    ],
)
def test_one_the_police_look_for_who_is_missing_is_no_suspect(text: str) -> None:
    assert "Eva Lund" not in suspects_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot Sunday. Dale Wynn, 22, was stopped by troopers and placed under arrest.",
        "A man was shot Sunday. Dale Wynn, 22, was found by deputies and arrested.",
    ],
)
def test_a_second_participle_after_a_phrase(text: str) -> None:
    assert suspects_of(text) == {"Dale Wynn": 22}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dale Wynn, 19, and Tia Reed, 20, have been identified as suspects.",
            {"Dale Wynn": 19, "Tia Reed": 20},
        ),
        (
            "Tia Reed, 20, was charged with murder. Dale Wynn, 19, is awaiting trial.",
            {"Tia Reed": 20, "Dale Wynn": 19},
        ),
        (
            "Officers arrested two people: Dale Wynn, 19, and Tia Reed, 20.",
            {"Dale Wynn": 19, "Tia Reed": 20},
        ),
    ],
)
def test_plural_identifications_and_list_colons(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Bo Tran, 30, was charged with robbery. Two other men were also arrested.", [None, None]),
        (
            "Bo Tran, 30, was charged. Police are still looking for two other suspects.",
            [None, None],
        ),
        ("Bo Tran, 30, was charged. A woman who was with him was also arrested.", [None]),
        ("Bo Tran, 30, was charged. Police said a second gunman fled.", [None]),
        ("Bo Tran, 30, and a 17-year-old boy were arrested.", [17]),
        ("Bo Tran, 30, and two juveniles were arrested.", [None, None]),
        # Others harmed are no suspects.
        ("Bo Tran, 30, was charged. Two other men were wounded.", []),
        ("Bo Tran, 30, was charged. A woman was also injured in the crash.", []),
    ],
)
def test_unnamed_co_suspects_beside_a_named_one(text: str, ages: list) -> None:
    assert unnamed_of(text) == ages


@pytest.mark.parametrize(
    "text",
    [
        "Bo Tran, 30, was charged with robbery. Two other men were also arrested.",
        "Bo Tran, 30, was charged with robbery. A 19-year-old woman was also arrested.",
    ],
)
def test_an_arrest_of_others_is_not_the_named_suspects(text: str) -> None:
    arrested = [
        f.fields["person"] for f in extract_facts(text, PUBLISHED) if f.kind == "ArrestMade"
    ]
    assert arrested == [None]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # A blotter's further item: an age none of the named suspects has.
        (
            "Jan. 14: Bo Tran, 44, was charged with theft.\n\nJan. 16: A 15-year-old boy was "
            "arrested on charges of vandalism.",
            [("Bo Tran", 44, None), (None, 15, None)],
        ),
        # ... or one under its label, the minor told with his town
        (
            "THEFT — Bo Tran, 44, of Elgin was charged with theft.\n\nVANDALISM — A 15-year-old "
            "Elgin boy was cited Friday for criminal mischief. He was released to a parent.",
            [("Bo Tran", 44, "Elgin"), (None, 15, None)],
        ),
        # The same age is the named suspect described.
        (
            "A 30-year-old man was arrested Monday. Bo Tran, 30, is charged with theft.",
            [("Bo Tran", 30, None)],
        ),
        # A suspect named without an age may be the one described.
        (
            "A 31-year-old man was arrested Monday. Bo Tran is charged with theft.",
            [("Bo Tran", 31, None)],
        ),
    ],
)
def test_described_suspects_beside_named_ones(text: str, rows: list) -> None:
    assert suspect_rows(text) == rows


def test_a_counted_group_charged_before_the_next_sentence_names_them() -> None:
    text = (
        "A local organizer was one of two people arrested on arson charges Thursday. Police "
        "said Nell Ortiz, 27, and Kai Dunmore, 33, were taken into custody."
    )
    found = {
        (f.fields["person"], f.fields["charge"])
        for f in extract_facts(text)
        if f.kind == "ChargeFiled"
    }
    assert found == {("Nell Ortiz", "arson"), ("Kai Dunmore", "arson")}


def test_a_counted_group_is_not_a_later_sentence_naming_another_number() -> None:
    text = (
        "Two men have been charged with arson. Nell Ortiz, 27, Kai Dunmore, 33, and Ravi "
        "Stone, 24, were questioned by police."
    )
    found = {f.fields["person"] for f in extract_facts(text) if f.kind == "ChargeFiled"}
    assert len(found) < 3


def test_a_lede_describing_the_suspect_is_the_person_the_next_sentence_names() -> None:
    text = (
        "The woman facing arson charges in the fire that killed Ivy Marsh posted bail. "
        "Nell Ortiz, 27, made her first court appearance Wednesday."
    )
    found = {
        (f.fields["person"], f.fields["charge"])
        for f in extract_facts(text)
        if f.kind == "ChargeFiled"
    }
    assert found == {("Nell Ortiz", "arson")}


def test_a_second_man_charged_is_not_the_man_named_next() -> None:
    text = "A second man was charged with robbery. Kai Dunmore, 33, was charged with murder."
    found = {
        (f.fields["person"], f.fields["charge"])
        for f in extract_facts(text)
        if f.kind == "ChargeFiled"
    }
    assert ("Kai Dunmore", "robbery") not in found
    assert ("Kai Dunmore", "murder") in found


def test_a_relation_between_two_names_keeps_them_one_list() -> None:
    text = "Kai Dunmore, 33, and his wife, Nell Dunmore, 31, were charged with arson."
    found = {
        (f.fields["person"], f.fields["charge"])
        for f in extract_facts(text)
        if f.kind == "ChargeFiled"
    }
    assert found == {("Kai Dunmore", "arson"), ("Nell Dunmore", "arson")}


def test_a_blotter_items_charge_is_the_unnamed_minors() -> None:
    text = (
        "THEFT — Bo Tran, 44, of Elgin was charged with theft.\n\nVANDALISM — A 15-year-old "
        "Elgin boy was cited Friday for criminal mischief."
    )
    charges = {
        (f.fields["person"], f.fields["charge"])
        for f in extract_facts(text, PUBLISHED)
        if f.kind == "ChargeFiled"
    }
    assert charges == {("Bo Tran", "theft"), (None, "criminal mischief")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two people told by what they are, then named: the charge is each one's.
        (
            "The mother and stepfather of a 2-year-old boy have been charged with capital "
            "murder. Rina Vale, 24, and Oren Tusk, 29, were booked into jail Monday.",
            {("Rina Vale", "capital murder", "filed"), ("Oren Tusk", "capital murder", "filed")},
        ),
        (
            "A Marlow couple has been charged with child abuse. Rina Vale, 24, and Oren Tusk, "
            "29, were booked into jail Monday.",
            {("Rina Vale", "child abuse", "filed"), ("Oren Tusk", "child abuse", "filed")},
        ),
        # Near miss: a pair told after the charge is the harmed, not the charged.
        (
            "A woman was charged with murder after her husband and son were found dead. Rina "
            "Vale, 44, was arrested Monday.",
            {("Rina Vale", "murder", "filed")},
        ),
    ],
)
def test_a_pair_told_before_it_is_named(text: str, expected: set) -> None:
    assert charges_of(text) == expected


def test_a_count_of_the_harmed_is_no_group_charged() -> None:
    text = (
        "After two people were shot on Elm Street, police charged a man with attempted murder. "
        "Rina Vale, 31, and her brother Oren Vale, 28, were arrested at their home."
    )
    assert charges_of(text) == {("Rina Vale", "attempted murder", "filed")}


def test_one_of_a_count_charged_is_no_count_of_the_harmed() -> None:
    text = (
        "A protest organizer was one of two people arrested on arson charges Thursday. Rina "
        "Vale, 31, and Oren Tusk, 28, were booked into the county jail."
    )
    assert charges_of(text) == {("Rina Vale", "arson", "filed"), ("Oren Tusk", "arson", "filed")}


def test_a_roster_item_with_an_alias_gives_its_charges() -> None:
    text = (
        "Prosecutors charged two men in the shooting.\n\nCharged are:\n\n"
        'Kade Orr, also known as "Lil K," 19, of Marlow: first-degree murder and arson.\n\n'
        "Tobin Rusk, 21, of Kettle Falls: first-degree murder."
    )
    assert charges_of(text) == {
        ("Kade Orr", "first-degree murder", "filed"),
        ("Kade Orr", "arson", "filed"),
        ("Tobin Rusk", "first-degree murder", "filed"),
    }
