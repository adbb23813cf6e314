"""Whom a "he" or a "she" means, by the gender the report's own words give each person: a
title, a word of a man or a woman before the name, the pronoun said of the name. On
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of, charges_of, court_of

COUPLE = (
    "Ada Pell, 27, was charged with child endangerment. Police said she left the boy in "
    "the car. Officers also arrested Rob Kinnear, 31. He was charged with drug possession. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "She" is the woman named before the man told last.
        (
            COUPLE + "She is held on a $5,000 bond.",
            {("Ada Pell", 5000, "set")},
        ),
        (
            COUPLE + "She is held on a $5,000 bond. He was released on $1,000 bail.",
            {("Ada Pell", 5000, "set"), ("Rob Kinnear", 1000, "posted")},
        ),
        # A title tells the gender ("Ms. Pell").
        (
            "Rob Kinnear, 31, and Ada Pell, 27, were arrested Friday. Ms. Pell was charged "
            "with fraud. Mr. Kinnear was charged with theft. She is held on $2,000 bail.",
            {("Ada Pell", 2000, "set")},
        ),
        # A word of a woman before the name ("his girlfriend, Ada Pell").
        (
            "Rob Kinnear, 31, was charged with burglary. His girlfriend, Ada Pell, 27, was "
            "charged with receiving stolen property. Kinnear told officers he found the "
            "jewelry. He was held on $7,500 bond. She was released on $500 bail.",
            {("Rob Kinnear", 7500, "set"), ("Ada Pell", 500, "posted")},
        ),
        # Near miss: "he" after the man told last stays his.
        (
            COUPLE + "He is held on a $5,000 bond.",
            {("Rob Kinnear", 5000, "set")},
        ),
    ],
)
def test_she_means_the_woman_the_report_names(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


def test_he_passes_over_a_woman_told_last() -> None:
    text = (
        "Rob Kinnear, 31, was charged with assault. He hit a clerk, police said. Ada Pell, "
        "27, was charged with hindering prosecution. She drove him away. He was arraigned "
        "Tuesday."
    )
    assert ("Rob Kinnear", "arraignment", "2024-03-12") in court_of(text)
    assert not any(person == "Ada Pell" for person, _, _ in court_of(text))


def test_her_of_a_victim_is_no_reference_to_a_suspect() -> None:
    # "her" is the woman harmed; the charge after it stays the named man's.
    text = (
        "Rob Kinnear, 31, shot Ada Pell on Friday. Police found her and charged him with assault."
    )
    assert charges_of(text) == {("Rob Kinnear", "assault", "filed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Each amount "for" a description goes to the suspect of the description's gender.
        (
            "Ada Pell, 26, and Rob Kinnear, 31, were charged Friday. Pell told police she left "
            "the boy alone. A judge set a $250,000 cash bond for a Millbrook man accused of "
            "hurting the boy, and a $50,000 surety bond for the boy's mother.",
            {("Ada Pell", 50000, "set"), ("Rob Kinnear", 250000, "set")},
        ),
        # Near miss: a "she" of the one who asked ("Whitcomb asked ... for Kinnear, citing what
        # she called") tells nothing of Kinnear.
        (
            "Ada Pell, 26, and Rob Kinnear, 31, were charged Friday. Pell told police she left "
            "the boy alone. Prosecutor Jo Whitcomb asked for a higher bond for Kinnear, citing "
            "what she called brutality. A judge set a $250,000 cash bond for a Millbrook man "
            "and a $50,000 surety bond for the boy's mother.",
            {("Ada Pell", 50000, "set"), ("Rob Kinnear", 250000, "set")},
        ),
    ],
)
def test_an_amount_for_a_described_suspect(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The woman" is the woman among the suspects.
        (
            "Ada Pell, 26, and Rob Kinnear, 31, were arrested Friday. Pell told police she left "
            "the boy alone. Kinnear told police he was asleep. The woman is held on $5,000 bond.",
            {("Ada Pell", 5000, "set")},
        ),
        # Near miss: "the woman" harmed is no suspect.
        (
            "Rob Kinnear, 31, was arrested Friday. He shot the woman in the arm and is held on "
            "$5,000 bond.",
            {("Rob Kinnear", 5000, "set")},
        ),
    ],
)
def test_the_woman_means_the_woman_charged(text: str, expected: set) -> None:
    assert bonds_of(text) == expected
