"""Court events, bonds and homicide links in wordings of courts and outlets the first
corpus did not hold (federal, juvenile, bench trials...), on sentences written for these
tests."""

from __future__ import annotations

import datetime

import pytest

from casefile.extraction import extract_facts

PUBLISHED = datetime.date(2024, 3, 14)  # a Thursday


def facts_of(kind: str, text: str) -> list[dict]:
    return [f.as_dict() for f in extract_facts(text, PUBLISHED) if f.kind == kind]


def court_of(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(f["person"], f["kind"], f["date"]) for f in facts_of("CourtEventReported", text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Plural "appearances"; an appearance and a hearing in clauses of their own, each
        # with its own date.
        (
            "Ruth Abney was charged with fraud. Abney made her initial appearances Tuesday; "
            "a detention hearing is set for next week.",
            {("Ruth Abney", "appearance", "2024-03-12"), ("Ruth Abney", "hearing", None)},
        ),
        # A grand jury's indictment is not a trial.
        (
            "Ruth Abney was charged with fraud. A grand jury returned an indictment against "
            "Abney on Monday.",
            {("Ruth Abney", "indictment", "2024-03-11")},
        ),
        # A bench trial, its closing arguments, a finding of guilt without a jury.
        (
            "Ruth Abney was charged with fraud. Abney was found guilty Wednesday after a "
            "bench trial.",
            {("Ruth Abney", "trial", "2024-03-13")},
        ),
        (
            "Ruth Abney was charged with fraud. Closing arguments in Abney's case were heard "
            "Tuesday.",
            {("Ruth Abney", "trial", "2024-03-12")},
        ),
        # "if found guilty" is a condition.
        (
            "Ruth Abney was charged with fraud. Abney faces 10 years in prison if found guilty.",
            set(),
        ),
    ],
)
def test_court_wordings_of_other_courts(text: str, expected: set) -> None:
    assert court_of(text) == expected


def links_of(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(f["person"], f["relation"], f["victim"]) for f in facts_of("LinkedToHomicide", text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Evidence tied to the killing by an active verb, words between verb and "to".
        (
            "Dale Ferris, 30, was arrested Monday. Investigators tied the gun found in his car "
            "to the fatal shooting of Mia Grant, 22, in January.",
            [("Dale Ferris", "suspect", "Mia Grant")],
        ),
        # A further killing, dated by its year, besides the charged one.
        (
            "Dale Ferris, 30, was charged with murder in the death of Mia Grant. Police said "
            "Ferris is also suspected in the 2021 killing of Ann Tully.",
            [("Dale Ferris", "suspect", "Ann Tully")],
        ),
    ],
)
def test_homicide_link_wordings_of_other_outlets(text: str, expected: list) -> None:
    assert links_of(text) == expected
