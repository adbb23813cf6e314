"""Rules about how crime news is worded, each on sentences written for these tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from casefile.extraction import extract_facts
from casefile.extraction.dates import find_dates
from casefile.extraction.key_words import any_key_words, key_words
from casefile.extraction.sentences import split_sentences
from tests.extraction.reading import PUBLISHED, court_of, facts_of

# ------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # The weekday beside a month-day is its label, whatever day it names.
        ("His last arrest was on Friday, Feb. 2, for theft.", ["2024-02-02"]),
        ("It happened Tuesday, March 5 at noon.", ["2024-03-05"]),
        (
            # (the day before the month too, as outlets outside the US write it)
            "It happened on Monday, the 4th of March, or Monday, March 4.",
            ["2024-03-04", "2024-03-04"],
        ),
        # A weekday on its own still resolves against the publication date.
        ("He was arrested Friday and arraigned on Feb. 2.", ["2024-03-08", "2024-02-02"]),
    ],
)
def test_weekday_next_to_a_month_day_is_a_label(sentence: str, dates: list[str]) -> None:
    assert [d.date.isoformat() for d in find_dates(sentence, PUBLISHED) if d.date] == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # A date the sentence looks ahead to is the next such day, not the last one.
        ("He is due back in court March 2.", ["2025-03-02"]),
        ("The case was continued to May 14.", ["2024-05-14"]),
        ("A hearing is scheduled for Monday.", ["2024-03-18"]),
        ("His next court date is Feb. 20.", ["2025-02-20"]),
        # Without such words a month-day or weekday lies at or before publication.
        ("He was arrested May 14.", ["2023-05-14"]),
        ("He was arrested Monday.", ["2024-03-11"]),
        # Only words just before the date count: the arrest date stays in the past.
        ("Reyes, arrested Feb. 20, is due in court on April 3.", ["2024-02-20", "2024-04-03"]),
    ],
)
def test_dates_looking_ahead_resolve_forward(sentence: str, dates: list[str]) -> None:
    assert [d.date.isoformat() for d in find_dates(sentence, PUBLISHED) if d.date] == dates


def test_prior_arrest_takes_the_month_day_not_the_weekday() -> None:
    text = (
        "Police arrested Omar Reyes, 30, on Tuesday. "
        "His most recent arrest was on Friday, Feb. 2, for violation of probation."
    )
    prior = [f["date"] for f in facts_of("ArrestMade", text) if f["prior"]]
    assert prior == ["2024-02-02"]


# ---------------------------------------------------------------- charges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A headline's summary of the charge the body lists in full.
        (
            "Dayton man is facing attempted murder charges\n"
            "Omar Reyes was charged with criminal attempt to commit murder and robbery.",
            {"criminal attempt to commit murder", "robbery"},
        ),
        # A charge named by its category beside the specific charge of that category.
        (
            "Omar Reyes is held on a weapons charge. Reyes is charged with "
            "criminal possession of a firearm.",
            {"criminal possession of a firearm"},
        ),
        (
            "Omar Reyes faces assault and gun charges. He is charged with assault and "
            "carrying a pistol without a permit.",
            {"assault", "carrying a pistol without a permit"},
        ),
        # A different grade of the same offence is a different charge.
        (
            "Omar Reyes was charged with homicide of an officer and attempted homicide "
            "of an officer.",
            {"homicide of an officer", "attempted homicide of an officer"},
        ),
        (
            "Omar Reyes was charged with murder and attempted murder.",
            {"murder", "attempted murder"},
        ),
        # A category charge with nothing more specific beside it stays.
        ("Omar Reyes faces robbery and gun charges.", {"robbery", "gun charges"}),
        # A kind of charge ("on murder charges") beside the specific charge of that kind.
        (
            "A grand jury indicted Omar Reyes on murder charges. Reyes was indicted on "
            "charges of aggravated murder and kidnapping.",
            {"aggravated murder", "kidnapping"},
        ),
        # Bond amounts given per charge, with the charge names in title case.
        (
            "Omar Reyes was arrested. He posted bonds set at $500,000 for murder and $200,000 "
            "for charges of Aggravated Assault with a Deadly Weapon.",
            {"murder", "aggravated assault with a deadly weapon"},
        ),
        # What a warrant was for.
        (
            "Omar Reyes was arrested on a warrant for being a felon in possession of a firearm.",
            {"felon in possession of a firearm"},
        ),
    ],
)
def test_summary_charges_give_way_to_specific_ones(text: str, expected: set[str]) -> None:
    assert {f["charge"] for f in facts_of("ChargeFiled", text)} == expected


# ------------------------------------------------------------ determinism


def test_output_does_not_depend_on_string_hashing() -> None:
    text = (
        "Ivy Marsh, 22, and Cole Marsh, 25, were arrested Friday in the deaths of Ann Lee "
        "and Bo Tran. Ivy Marsh posted bond. Cole Marsh was held on a $50,000 bond and "
        "later posted bail."
    )
    script = (
        "import datetime, json, sys; from casefile.extraction import extract_facts; "
        "print(json.dumps([f.as_dict() for f in extract_facts(sys.stdin.read(), "
        "datetime.date(2024, 3, 14))]))"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run(
            [sys.executable, "-c", script],
            input=text,
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop())


# ---------------------------------------------------------------- victims


def victims_of(text: str) -> list[tuple[str | None, str]]:
    return sorted(
        ((f["name"], f["outcome"]) for f in facts_of("VictimReported", text)),
        key=lambda v: (v[0] or "", v[1]),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count framed by a harm verb stands for that many unnamed victims.
        (
            "Omar Reyes is accused of killing three people and injuring two others.",
            [(None, "injured")] * 2 + [(None, "killed")] * 3,
        ),
        ("Omar Reyes shot and killed two children at the home.", [(None, "killed")] * 2),
        ("Omar Reyes told police he killed his three young sons.", [(None, "killed")] * 3),
        ("The attack by Omar Reyes left four people dead.", [(None, "killed")] * 4),
        (
            "Omar Reyes was arrested. Police found two boys with gunshot wounds, "
            "and both boys later died at a hospital.",
            [(None, "killed")] * 2,
        ),
        # Counts of people without a harm word, or of other incidents' victims, are not.
        ("Omar Reyes was arrested. About 30 people were in the courtroom.", []),
        ("Omar Reyes was arrested. He is suspected of killing two other people.", []),
    ],
)
def test_counted_victims(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The outcome word nearest the name decides, not the gravest one in reach.
        (
            "Police named the slain officer as Ann Lee, 32, and the wounded officer as "
            "Bo Tran, 35. Omar Reyes was charged.",
            [("Ann Lee", "killed"), ("Bo Tran", "injured")],
        ),
        # An appositive saying what happened makes the named person a victim.
        (
            "A relative of Ann Lee, 61, the woman shot to death in her home, spoke after "
            "Omar Reyes was convicted.",
            [("Ann Lee", "killed")],
        ),
        # Names listed after "the murders of" are all victims.
        (
            "Omar Reyes is accused of the murders of Ann Lee in May, Bo Tran in 2013 and Cy Hall.",
            [("Ann Lee", "killed"), ("Bo Tran", "killed"), ("Cy Hall", "killed")],
        ),
        # A common short form of the first name, and a caption with the fullest form.
        (
            "Trooper Michael T Lee (Source: State Police)\n"
            "Omar Reyes is accused of killing Trooper Mike Lee. Lee died at a hospital.",
            [("Michael T Lee", "killed")],
        ),
        # A short first name is the same person as the full one.
        (
            "Omar Reyes was charged in the killing of Ron Hall. Ronald Hall died at home.",
            [("Ronald Hall", "killed")],
        ),
    ],
)
def test_named_victims(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One woman introduced twice is one victim.
        (
            "Omar Reyes wounded a woman at the home. Police said a 34-year-old woman was "
            "found suffering a gunshot wound to the hand.",
            [(None, "injured")],
        ),
        # A victim referred to by role.
        (
            "Omar Reyes was charged. The 34-year-old mother, who was not identified, was "
            "outside and was shot in the hand.",
            [(None, "injured")],
        ),
        # A role that refers back to a victim already reported adds none.
        (
            "Omar Reyes is accused of fatally shooting a state trooper. A vigil was held "
            "where the officer was fatally shot.",
            [(None, "killed")],
        ),
        # "the driver ... when X was shot": the driver is not the one shot.
        (
            "Omar Reyes was arrested. A detective interviewed the driver of the car that "
            "Reyes was in when a clerk was shot.",
            [(None, "injured")],
        ),
    ],
)
def test_unnamed_victims_are_not_counted_twice(text: str, expected: list) -> None:
    assert victims_of(text) == expected


# ----------------------------------------------------------- court events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Reyes was charged with murder. The case was continued to May 14.",
            {("Omar Reyes", "hearing", "2024-05-14")},
        ),
        (
            "Omar Reyes was charged with murder. He is due back in court April 2.",
            {("Omar Reyes", "appearance", "2024-04-02")},
        ),
        (
            "Omar Reyes was charged with murder. Reyes appeared in district court Wednesday.",
            {("Omar Reyes", "appearance", "2024-03-13")},
        ),
        (
            "Omar Reyes was charged with murder. His next court date is April 3.",
            {("Omar Reyes", "appearance", "2024-04-03")},
        ),
        (
            "Omar Reyes was charged with murder. A status conference is set for April 3.",
            {("Omar Reyes", "hearing", "2024-04-03")},
        ),
        (
            "Omar Reyes was charged with murder. A preliminary hearing is scheduled for April 3.",
            {("Omar Reyes", "hearing", "2024-04-03")},
        ),
        # A hearing named for another kind of event is that event.
        (
            "Omar Reyes pleaded guilty to murder. A sentencing hearing is scheduled for May 2.",
            {("Omar Reyes", "plea", None), ("Omar Reyes", "sentencing", "2024-05-02")},
        ),
        # A dateline is when the story was filed, not when the hearing was.
        (
            "Mar. 12—Omar Reyes, charged with murder, lost a bid for lower bond at a hearing "
            "last week.",
            {("Omar Reyes", "hearing", None)},
        ),
        # The condition of an if-clause is not an event; what follows it is.
        (
            "Omar Reyes was charged with murder. If an indictment is handed down, Reyes will "
            "face arraignment in criminal court on Jan. 15.",
            {("Omar Reyes", "arraignment", "2025-01-15")},
        ),
        # Eligibility for parole is no hearing of this case.
        (
            "Omar Reyes was convicted of murder. He will be eligible for a parole hearing "
            "after 51 years.",
            {("Omar Reyes", "trial", None)},
        ),
        # A court date in an earlier matter is not an event of this case.
        (
            "Omar Reyes was charged with murder. He posted bond and was issued a court date "
            "in that case.",
            set(),
        ),
    ],
)
def test_court_events_worded_indirectly(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The magistrate or lawyer named in the sentence is not whom the event concerns.
        (
            "Omar Reyes was arrested Tuesday. Magistrate Lee Park set bond during a video "
            "arraignment Wednesday.",
            {("Omar Reyes", "arraignment", "2024-03-13")},
        ),
        (
            "Omar Reyes was charged with theft. At a bond hearing Friday, defense lawyer "
            "Ann Cole said the charge is weak.",
            {("Omar Reyes", "hearing", "2024-03-08")},
        ),
        # A round-up's other defendant "in unrelated incidents" is no suspect of this case.
        (
            "Omar Reyes was charged with murder. A burglary suspect pleaded guilty and the "
            "charges against a second man in unrelated incidents were continued.",
            set(),
        ),
        # "his brother, NAME": the named brother is the one indicted.
        (
            "A grand jury indicted Ivy Marsh on Monday. The grand jury also indicted his "
            "brother, Cole Marsh, on Tuesday.",
            {("Ivy Marsh", "indictment", "2024-03-11"), ("Cole Marsh", "indictment", "2024-03-12")},
        ),
        # Two brothers pleading at once: a plea for each.
        (
            "Ivy Marsh and Cole Marsh were charged with murder. On March 1, the two brothers "
            "pleaded guilty.",
            {("Ivy Marsh", "plea", "2024-03-01"), ("Cole Marsh", "plea", "2024-03-01")},
        ),
    ],
)
def test_court_events_concern_the_suspects(text: str, expected: set) -> None:
    assert court_of(text) == expected


# ---------------------------------------------------------------- custody


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Omar Reyes, 30, was taken into custody Tuesday.", "2024-03-12"),
        ("Omar Reyes, 30, turned himself in to police on Monday.", "2024-03-11"),
        ("Omar Reyes, 30, was booked into the county jail early Wednesday.", "2024-03-13"),
        ("Omar Reyes was jailed Tuesday on a murder charge.", "2024-03-12"),
        (
            "Officers found Omar Reyes at the scene Monday and took him back to the police "
            "station for questioning. Reyes is accused of robbery.",
            "2024-03-11",
        ),
        ("Omar Reyes, 31, was taken to the county jail on Tuesday.", "2024-03-12"),
    ],
)
def test_custody_without_an_arrest_verb(text: str, date: str) -> None:
    assert [(f["person"], f["date"], f["prior"]) for f in facts_of("ArrestMade", text)] == [
        ("Omar Reyes", date, False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Omar Reyes was charged. He is to be taken to the county jail on Friday.",
        "Omar Reyes was charged. Had he stopped, he would have been taken to the jail.",
        "Omar Reyes was charged. The clerk he shot was taken to the hospital Monday.",
    ],
)
def test_no_custody_when_none_took_place(text: str) -> None:
    assert facts_of("ArrestMade", text) == []


# -------------------------------------------------------------- residence


@pytest.mark.parametrize(
    ("text", "age", "residence"),
    [
        (
            "A 31-year-old Springfield man was charged with murder. Police identified him "
            "as Omar Reyes.",
            31,
            "Springfield",
        ),
        (
            "A Dayton man is facing attempted murder charges. Police said Omar Reyes fired "
            "at an officer. Reyes was arrested.",
            None,
            "Dayton",
        ),
        # A stated "of Akron" beside the name wins over the description.
        (
            "A Dayton man is held. Police arrested Omar Reyes, 30, of Akron on Monday.",
            30,
            "Akron",
        ),
        # A former home is not a residence, and a state is not a town.
        (
            "A 53-year-old former Dayton resident was charged Monday. Police arrested Omar Reyes.",
            53,
            None,
        ),
        ("An Ohio man was arrested Monday. Police arrested Omar Reyes.", None, None),
    ],
)
def test_residence_and_age_from_the_description(
    text: str, age: int | None, residence: str | None
) -> None:
    suspects = [(f["name"], f["age"], f["residence"]) for f in facts_of("SuspectIdentified", text)]
    assert suspects == [("Omar Reyes", age, residence)]


def test_description_is_not_given_to_one_of_several_suspects() -> None:
    text = "A Dayton man was arrested. Police arrested Ivy Marsh and Cole Marsh on Monday."
    assert {f["residence"] for f in facts_of("SuspectIdentified", text)} == {None}


# ------------------------------------------------------- whom a fact is about


@pytest.mark.parametrize(
    ("text", "kind", "field", "expected"),
    [
        # A pronoun after an official's name still means the suspect.
        (
            "Omar Reyes was charged with theft. At a bond hearing Friday, defense lawyer Ann "
            "Cole said police wanted to arrest him.",
            "CourtEventReported",
            "person",
            {"Omar Reyes"},
        ),
        # The person killed, named before the cue, is not whom the charge is against.
        (
            "Omar Reyes was arrested Monday. The man accused of killing Officer Ann Lee was "
            "arraigned Tuesday on a murder charge.",
            "ChargeFiled",
            "person",
            {"Omar Reyes"},
        ),
        # A victim who is an officer is no official: "his vehicle" is the officer's.
        (
            "Omar Reyes was charged with murder in the killing of Deputy Ann Lee. A dashcam "
            "captured the moment: Deputy Ann Lee left his vehicle.",
            "ArrestMade",
            "person",
            set(),
        ),
    ],
)
def test_officials_and_victims_are_not_the_subject(
    text: str, kind: str, field: str, expected: set
) -> None:
    assert {f[field] for f in facts_of(kind, text)} == expected


@pytest.mark.parametrize(
    ("text", "suspects", "victims"),
    [
        # Police finding someone does not make him a suspect; dying in hospital a victim.
        (
            "Omar Reyes was charged with murder. Officers found Bo Tran, 34, with stab "
            "wounds. Tran was taken to a hospital, where he died.",
            ["Omar Reyes"],
            [("Bo Tran", "killed")],
        ),
        # A jury finding someone guilty does.
        (
            "A jury on Thursday found Ann Cole, 41, guilty of murder in the death of Bo Tran.",
            ["Ann Cole"],
            [("Bo Tran", "killed")],
        ),
        # Someone treated for a wound is hurt.
        (
            "Omar Reyes was charged with assault. A second man, 29, was treated for a cut to "
            "his arm.",
            ["Omar Reyes"],
            [(None, "injured")],
        ),
    ],
)
def test_found_treated_and_died_in_hospital(text: str, suspects: list, victims: list) -> None:
    assert [f["name"] for f in facts_of("SuspectIdentified", text)] == suspects
    assert victims_of(text) == victims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Reyes was convicted of murder. Judge Ann Cole set sentencing for Dec. 12.",
            {("Omar Reyes", "trial", None), ("Omar Reyes", "sentencing", "2024-12-12")},
        ),
        (
            "A jury on Tuesday found Omar Reyes guilty of murder.",
            {("Omar Reyes", "trial", "2024-03-12")},
        ),
    ],
)
def test_sentencing_set_and_jury_verdict(text: str, expected: set) -> None:
    assert court_of(text) == expected


# ------------------------------------------------------------ two suspects

TWO_SUSPECTS = (
    "Two men have been arrested in a carjacking that left a 58-year-old driver with a gunshot "
    "wound, police said Wednesday. Ivy Marsh, 19, and Cole Dunn, 22, were charged with armed "
    "robbery. Marsh was arrested Monday at home. Marsh's bond was set at $75,000; Dunn was "
    "denied bond. The victim, who was shot in the leg, is expected to recover. Marsh and Dunn "
    "are due in court on April 9."
)


def test_two_suspects_each_get_their_own_bond_arrest_and_court_date() -> None:
    bonds = {(f["person"], f["amount"], f["status"]) for f in facts_of("BondSet", TWO_SUSPECTS)}
    assert bonds == {("Ivy Marsh", 75_000, "set"), ("Cole Dunn", None, "denied")}
    arrests = {(f["person"], f["date"]) for f in facts_of("ArrestMade", TWO_SUSPECTS)}
    # Marsh's own dated arrest; the group's is undated ("police said Wednesday" is when it was
    # told, not when Dunn was arrested).
    assert arrests == {("Ivy Marsh", "2024-03-11"), ("Cole Dunn", None)}
    assert court_of(TWO_SUSPECTS) == {
        ("Ivy Marsh", "appearance", "2024-04-09"),
        ("Cole Dunn", "appearance", "2024-04-09"),
    }


def test_the_counted_suspects_are_not_victims_and_the_victim_is_counted_once() -> None:
    victims = [
        (f["description"], f["age"], f["outcome"]) for f in facts_of("VictimReported", TWO_SUSPECTS)
    ]
    assert victims == [("58-year-old driver", 58, "injured")]


def test_bulleted_charge_list_in_title_case_ends_with_the_bullets() -> None:
    text = (
        "Omar Reyes was arrested Monday. He has been indicted on the following charges:\n"
        "• Dunn case: Capital Murder, two counts of Use of a Firearm in the Commission of a "
        "Felony\n"
        "• Hale case: Possession of a Firearm by a Felon, and Malicious Wounding\n"
        "Investigators thanked the public for its help over the following years."
    )
    assert {f["charge"] for f in facts_of("ChargeFiled", text)} == {
        "capital murder",
        "use of a firearm in the commission of a felony",
        "possession of a firearm by a felon",
        "malicious wounding",
    }


# ------------------------------------------------------------------ gates


@pytest.mark.parametrize(
    ("words", "sentence", "opens"),
    [
        (("arrest",), "Police re-arrested him.", True),
        (("men",), "Two women were hurt.", True),  # anywhere, as a plain search would
        (("grand jury",), "A Grand Jury met.", True),
        (("$",), "Bail is $500.", True),
        (("bond", "bail"), "He was released.", False),
    ],
)
def test_key_word_gates_open_where_a_word_occurs(
    words: tuple[str, ...], sentence: str, opens: bool
) -> None:
    gate = key_words(*words)
    assert gate.opens(split_sentences(sentence)[0]) is opens


def test_a_union_gate_opens_where_any_of_its_gates_does() -> None:
    either = any_key_words(key_words("bond"), key_words("plea"))
    first, second, third = split_sentences("Bond set.\nA plea came.\nNothing here.")
    assert (either.opens(first), either.opens(second), either.opens(third)) == (True, True, False)


@pytest.mark.parametrize(
    ("sentence", "details"),
    [
        (
            "He is a person of interest in a recent homicide in Springfield, police said.",
            "a recent homicide in Springfield",
        ),
        (
            "Police named him a 'person of interest' in the killing of a store clerk on Elm Street.",
            "the killing of a store clerk on Elm Street",
        ),
        ("He is also a person of interest in the case, police said.", None),
    ],
)
def test_a_homicide_link_keeps_the_reports_words_for_the_homicide(sentence, details):
    text = f"Police arrested Dale Quill on Monday. {sentence.replace('He ', 'Quill ').replace('him', 'Quill')}"
    [link] = [f for f in extract_facts(text) if f.kind == "LinkedToHomicide"]
    assert link.fields["details"] == details
