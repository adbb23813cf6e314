"""Outcomes that reach charges named elsewhere in the report: a verdict that names no
charge, "that count", "the remaining charges", an outcome told before its charges or named as
a noun; and outcomes of another matter or person that must not. Every sentence here is
invented."""

from __future__ import annotations

import datetime

import pytest

from casefile.extraction import extract_facts
from tests.extraction.reading import charges_of

BOYD = "Terrence Boyd"


CHARGED = "Terrence Boyd, 31, was charged with murder and robbery. "
BOTH_CONVICTED = {(BOYD, "murder", "convicted"), (BOYD, "robbery", "convicted")}


@pytest.mark.parametrize(
    "outcome",
    [
        "He was found guilty of all three felony counts.",
        "He pleaded guilty to the charges in May.",
        "He was convicted of both crimes in May.",
        "He was sentenced in May on those charges.",
        "He was convicted in May and sentenced to life in prison.",
        "Jurors convicted Boyd after deliberating for two days.",
        "Boyd was found guilty in the killing in May.",
    ],
)
def test_a_verdict_naming_no_charge_is_said_of_all_the_charges(outcome: str) -> None:
    assert charges_of(CHARGED + outcome) == BOTH_CONVICTED


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        # The verdict names its charge: only that one is convicted.
        (
            "He was found guilty of robbery in May.",
            {(BOYD, "murder", "filed"), (BOYD, "robbery", "convicted")},
        ),
        (
            "Boyd was acquitted of those charges in May.",
            {(BOYD, "murder", "acquitted"), (BOYD, "robbery", "acquitted")},
        ),
        (
            "The jury convicted Boyd of robbery but acquitted him of murder.",
            {(BOYD, "murder", "acquitted"), (BOYD, "robbery", "convicted")},
        ),
    ],
)
def test_a_verdict_naming_its_charge_is_said_of_that_charge(
    outcome: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(CHARGED + outcome) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Terrence Boyd, 31, is expected to plead guilty to manslaughter.",
            {(BOYD, "manslaughter", "filed")},
        ),
        (
            "Terrence Boyd, 17, admitted to a charge of manslaughter in juvenile court.",
            {(BOYD, "manslaughter", "convicted")},
        ),
        (
            "Terrence Boyd, 31, was arraigned Monday on first-degree murder.",
            {(BOYD, "first-degree murder", "filed")},
        ),
    ],
)
def test_a_plea_to_come_leaves_the_charge_filed_and_an_admission_convicts(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


def test_two_outcomes_of_one_sentence_reach_each_person() -> None:
    text = (
        "Terrence Boyd, 31, and Kevin Ortiz, 25, were charged with robbery. Boyd pleaded "
        "guilty, while Ortiz was acquitted."
    )
    assert charges_of(text) == {
        (BOYD, "robbery", "convicted"),
        ("Kevin Ortiz", "robbery", "acquitted"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The outcome told first, the charge after it as background.
        (
            "Terrence Boyd was acquitted Tuesday. Boyd, 31, had been charged with murder.",
            {(BOYD, "murder", "acquitted")},
        ),
        # A dropping said of a group the next sentence names.
        (
            "Prosecutors have dropped murder charges against two teenagers.\n\nJaylen Brooks, "
            "17, and Corey Simms, 18, had been charged with murder.",
            {("Jaylen Brooks", "murder", "dropped"), ("Corey Simms", "murder", "dropped")},
        ),
    ],
)
def test_an_outcome_told_before_the_charges_reaches_them(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


def test_that_count_is_the_one_charge_left_open() -> None:
    text = (
        "A jury convicted Terrence Boyd, 31, of murder and acquitted him of a charge of "
        "wanton endangerment tied to a neighbor's child. Boyd had initially also been charged "
        "with arson, but prosecutors dismissed that count before trial."
    )
    assert charges_of(text) == {
        (BOYD, "murder", "convicted"),
        (BOYD, "wanton endangerment", "acquitted"),
        (BOYD, "arson", "dropped"),
    }


def test_a_plea_agreement_that_will_dismiss_a_charge_drops_it() -> None:
    text = (
        "Rachel Dunmore, 45, pleaded guilty Monday to manslaughter. She had been charged with "
        "capital murder. Under the agreement, the capital murder charge will be dismissed."
    )
    assert charges_of(text) == {
        ("Rachel Dunmore", "manslaughter", "convicted"),
        ("Rachel Dunmore", "capital murder", "dropped"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Terrence Boyd, 31, was convicted of Murder in the First Degree and Robbery in the "
            "First Degree.",
            {"murder in the first degree", "robbery in the first degree"},
        ),
        (
            "Terrence Boyd, 31, was convicted of murder (ORS 163.115) and robbery.",
            {"murder", "robbery"},
        ),
        (
            "Terrence Boyd, 31, was found guilty of murder as well as several weapons charges.",
            {"murder", "weapons charges"},
        ),
        (
            "Terrence Boyd, 31, was found guilty of involuntary manslaughter instead of murder.",
            {"involuntary manslaughter"},
        ),
        (
            "Terrence Boyd, 31, was convicted on two counts of robbery and one count of the "
            "malicious wounding of Ann Voss.",
            {"robbery", "malicious wounding"},
        ),
    ],
)
def test_every_charge_of_a_verdict_is_kept_apart(text: str, expected: set[str]) -> None:
    assert {charge for _, charge, _ in charges_of(text)} == expected


@pytest.mark.parametrize(
    ("outcome", "status"),
    [
        ("Judge Amy Stone accepted his guilty plea Friday.", "convicted"),
        ("Boyd's conviction came after a four-day trial.", "convicted"),
        ("Boyd's acquittal stunned the victim's family.", "acquitted"),
        ("The dismissal of the charge came after a key witness recanted.", "dropped"),
    ],
)
def test_an_outcome_named_as_a_noun_reaches_the_charge(outcome: str, status: str) -> None:
    text = "Terrence Boyd, 31, was charged with murder in the death of Ann Voss, 30. " + outcome
    assert charges_of(text) == {(BOYD, "murder", status)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Terrence Boyd, 31, was charged with murder. The charge was later reduced to "
            "manslaughter, to which he pleaded guilty.",
            {(BOYD, "murder", "dropped"), (BOYD, "manslaughter", "convicted")},
        ),
        (
            "Terrence Boyd, 31, had faced a charge of murder, which a judge dismissed in June.",
            {(BOYD, "murder", "dropped")},
        ),
    ],
)
def test_a_relative_clause_gives_the_list_its_outcome(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    "other",
    [
        "A jury found his brother guilty in 2019.",
        "Boyd was convicted in 2015 and served four years.",
        "Boyd was acquitted in a 2012 case.",
        "He could be found guilty as early as next week.",
        "In 2012, charges against him in a robbery were dropped.",
        "He was convicted of all charges in a 2012 burglary case.",
        "The charges against his co-defendant were dropped.",
    ],
)
def test_an_outcome_of_someone_else_another_matter_or_to_come_leaves_the_charge_filed(
    other: str,
) -> None:
    text = "Terrence Boyd, 31, was charged with murder on Friday. " + other
    facts = extract_facts(text, datetime.date(2024, 5, 1))
    found = {
        (f.fields["person"], f.fields["charge"], f.fields["status"])
        for f in facts
        if f.kind == "ChargeFiled"
    }
    assert found == {(BOYD, "murder", "filed")}


def test_an_earlier_matter_in_a_relative_clause_is_no_outcome_of_this_case() -> None:
    text = (
        "Terrence Boyd, 31, who was acquitted of all charges in a 2012 case, was charged with "
        "murder Friday."
    )
    assert charges_of(text) == {(BOYD, "murder", "filed")}


def test_a_long_report_repeating_charges_and_outcomes_gives_each_charge_once() -> None:
    text = (
        "Terrence Boyd, 31, was charged with murder and theft. The remaining charges were "
        "dismissed. The jury found him guilty. "
    ) * 150
    facts = [f for f in extract_facts(text) if f.kind == "ChargeFiled"]
    assert {(f.fields["charge"], f.fields["status"]) for f in facts} == {
        ("murder", "convicted"),
        ("theft", "convicted"),
    }
    assert len(facts) == 2
    # each outcome quotes the nearest sentence naming the charge, not the whole report
    assert all(len(f.evidence.quote) < 300 for f in facts)
