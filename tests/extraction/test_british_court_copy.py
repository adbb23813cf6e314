"""Court copy as British, Irish and Australian outlets write it: an act admitted at court
("admitted wounding with intent when he appeared at ..."), the judge who "jailed him for
eight years", and a remand told with its court ("was remanded in custody at Kilmoon
District Court on Tuesday", "At Kilmoon District Court on Tuesday, Judge ... remanded her").
The sentences are written for these tests; `PUBLISHED` is Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, court_of, facts_of

LEAD = "Ewan Tolley, 24, of Marsh Lane, Tarnby, was charged with assault. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An act admitted at court is a plea to the offence it names.
        (
            "Ewan Tolley, 24, admitted wounding with intent when he appeared at Tarnby Crown "
            "Court last month.",
            {("Ewan Tolley", "wounding with intent", "convicted")},
        ),
        (
            "Ewan Tolley, 24, admitted stalking at Tarnby Magistrates' Court.",
            {("Ewan Tolley", "stalking", "convicted")},
        ),
        # ... an act admitted to no court is a confession, no plea.
        ("Ewan Tolley, 24, admitted stealing the car, police said.", set()),
        # The object of the judge's verb is the one convicted.
        (
            LEAD + "On Friday, Judge Nia Pell jailed him for eight years for manslaughter.",
            {("Ewan Tolley", "assault", "filed"), ("Ewan Tolley", "manslaughter", "convicted")},
        ),
        (
            LEAD + "Judge Nia Pell jailed Tolley for six years for arson.",
            {("Ewan Tolley", "assault", "filed"), ("Ewan Tolley", "arson", "convicted")},
        ),
    ],
)
def test_pleas_and_verdicts_of_british_copy(text: str, expected: set) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "On Friday, Judge Nia Pell jailed him for eight years.",
            {("Ewan Tolley", "prison", 8)},
        ),
        (LEAD + "Judge Nia Pell jailed Tolley for life.", {("Ewan Tolley", "life", None)}),
    ],
)
def test_the_judge_jailed_him(text: str, expected: set) -> None:
    found = {(f["person"], f["kind"], f["years"]) for f in facts_of("SentenceImposed", text)}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "He was remanded in custody at Kilmoon District Court on Tuesday.",
            {("Ewan Tolley", "appearance", "2024-03-12")},
        ),
        (
            LEAD + "At Kilmoon District Court on Tuesday, Judge Nia Pell remanded him in custody.",
            {("Ewan Tolley", "appearance", "2024-03-12")},
        ),
        # A court named at the head of a sentence about something else is no session.
        (LEAD + "At Kilmoon, police said the man ran off.", set()),
    ],
)
def test_a_remand_told_with_its_court(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The session a term is imposed at is the sentencing, no appearance besides.
        (
            LEAD + "At Tarnby Crown Court on Friday, Judge Nia Pell jailed him for seven years.",
            {("Ewan Tolley", "sentencing", "2024-03-08")},
        ),
        (
            LEAD + "Tolley appeared in court Friday and was jailed for seven years.",
            {("Ewan Tolley", "sentencing", "2024-03-08")},
        ),
    ],
)
def test_the_session_a_term_is_imposed_at(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the court named before "where" is the one the next appearance is at
        (
            "The case was sent to Tarnby Crown Court, where Tolley will appear on April 19.",
            {("Ewan Tolley", "appearance", "2024-04-19")},
        ),
        (
            "A district judge sent the case to Tarnby Crown Court, where he will next appear "
            "on April 19.",
            {("Ewan Tolley", "appearance", "2024-04-19")},
        ),
        ("Tolley will next appear on April 19.", {("Ewan Tolley", "appearance", "2024-04-19")}),
        # near miss: where the deed was done is no court
        ("The case concerns a flat in Tarnby, where Tolley will live until April 19.", set()),
    ],
)
def test_a_next_appearance_told_after_its_court(text: str, expected: set) -> None:
    assert court_of(LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a charge the prosecution offers no evidence on is dropped
        (
            "The prosecution offered no evidence on the charge of assault against Tolley.",
            {("Ewan Tolley", "assault", "dropped")},
        ),
        # a further term imposed with the first is for a conviction
        (
            "Tolley was jailed for two years for assault, with a consecutive six months for "
            "criminal damage.",
            {
                ("Ewan Tolley", "assault", "convicted"),
                ("Ewan Tolley", "criminal damage", "convicted"),
            },
        ),
        # a verdict told against the person before its charge
        (
            "The jury returned a guilty verdict against Tolley, 24, on the charge of assault.",
            {("Ewan Tolley", "assault", "convicted")},
        ),
        # near miss: evidence offered leaves the charge as it was
        (
            "The prosecution offered evidence on the charge of assault against Tolley.",
            {("Ewan Tolley", "assault", "filed")},
        ),
    ],
)
def test_outcomes_as_british_courts_tell_them(text: str, expected: set) -> None:
    assert charges_of(LEAD + text) == expected
