"""Rules about how crime news is worded, each on sentences written for these tests."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys

import pytest

from casefile.extraction import extract_facts
from casefile.extraction.mentions import find_dates

PUBLISHED = datetime.date(2024, 3, 14)  # a Thursday


def facts_of(kind: str, text: str) -> list[dict]:
    return [f.as_dict() for f in extract_facts(text, PUBLISHED) if f.kind == kind]


# ------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # The weekday beside a month-day is its label, whatever day it names.
        ("His last arrest was on Friday, Feb. 2, for theft.", ["2024-02-02"]),
        ("It happened Tuesday, March 5 at noon.", ["2024-03-05"]),
        ("The hearing is set for Monday, the March 4 session.", ["2024-03-04"]),
        # A weekday on its own still resolves against the publication date.
        ("He was arrested Friday and arraigned on Feb. 2.", ["2024-03-08", "2024-02-02"]),
    ],
)
def test_weekday_next_to_a_month_day_is_a_label(sentence: str, dates: list[str]) -> None:
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
