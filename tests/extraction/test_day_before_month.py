"""Dates written day first, as British, Irish, Australian, New Zealand, Indian and South African
outlets write them ("on 3 February", "adjourned to 10 April", "Monday 16 June 2025"), and a
day a defendant is remanded "to reappear" on, which lies ahead of the report. The sentences
are written for these tests."""

from __future__ import annotations

import datetime

import pytest

from casefile.extraction.dates import find_dates
from tests.extraction.reading import court_of

PUBLISHED = datetime.date(2025, 1, 14)


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("He was remanded in custody to reappear in the High Court on 3 February.", ["2025-02-03"]),
        ("The case was adjourned to 10 April for a book of evidence.", ["2025-04-10"]),
        ("She was struck on the evening of 9 January.", ["2025-01-09"]),
        ("He was born on the 9th of August, 2001.", ["2001-08-09"]),
        ("On Monday 16 June 2025 he appeared again.", ["2025-06-16"]),
        # near misses: a count before a capitalised word, a term, a month-word that is no month
        ("He has 3 Mayors on his side.", []),
        ("He was jailed for 10 years.", []),
        ("The 10 May-born calves were sold.", []),
    ],
)
def test_day_before_month(sentence: str, dates: list[str]) -> None:
    found = [str(mention.date) for mention in find_dates(sentence, PUBLISHED)]
    assert found == dates


def test_remanded_to_reappear_on_a_day_first_date() -> None:
    text = (
        "Ana Ruru, 38, was charged with murder. She appeared in the Hamilton District Court on "
        "Tuesday and was remanded in custody to reappear in the High Court on 3 February."
    )
    assert court_of(text) >= {("Ana Ruru", "appearance", "2025-02-03")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Ruru, 38, was charged with importing cocaine. Bail was refused and she will "
            "reappear in court on August 13.",
            ("Ana Ruru", "appearance", "2024-08-13"),
        ),
        (
            "Ravi Menon, 31, was arrested on Sunday. He was produced before a magistrate on "
            "Monday and sent to judicial custody.",
            ("Ravi Menon", "appearance", "2024-03-11"),
        ),
        (
            "Ravi Menon, 31, was arrested on Sunday. He was produced before a court on Monday.",
            ("Ravi Menon", "appearance", "2024-03-11"),
        ),
    ],
)
def test_reappear_and_produced_before_are_sessions(text: str, expected: tuple) -> None:
    assert expected in court_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a thing produced before a court is no session, nor a disappearance
        "Ravi Menon, 31, was arrested on Sunday. Police said the phone was produced as evidence.",
        "Ravi Menon, 31, was arrested on Sunday after the disappearance of a boy.",
    ],
)
def test_no_session_without_one(text: str) -> None:
    assert not {kind for _, kind, _ in court_of(text)} & {"appearance"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tan Mei Ling, 46, was charged in court on Monday with theft. Her case will be "
            "mentioned again on June 13.",
            {
                ("Tan Mei Ling", "appearance", "2024-03-11"),
                ("Tan Mei Ling", "hearing", "2024-06-13"),
            },
        ),
        # near misses: papers that charge, a case mentioned in a report
        (
            "Tan Mei Ling, 46, was charged in court documents with theft. The case was mentioned "
            "in a report on Monday.",
            set(),
        ),
    ],
)
def test_charged_in_court_and_mentioned_again(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bo Tran, 25, was charged with murder in March. Tran was denied bail last week in "
            "Kessler Superior Court.",
            {("Bo Tran", "hearing", None)},
        ),
        (
            "Bo Tran, 25, was charged with murder in March. Tran was denied bail on Monday by the "
            "Kessler High Court.",
            {("Bo Tran", "hearing", "2024-03-11")},
        ),
        # near miss: no court named after the time
        (
            "Bo Tran, 25, was charged with murder in March. Tran was denied bail last week in a "
            "ruling police announced.",
            set(),
        ),
    ],
)
def test_bail_ruled_on_by_a_court_after_a_time(text: str, expected: set) -> None:
    assert court_of(text) == expected
