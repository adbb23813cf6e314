"""Suspects a warrant is issued for, alone, in a list, or named after the group they are told
as. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of, suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A warrant has been issued for Byron Lutz, 33.", {("Byron Lutz", 33)}),
        (
            "Warrants have been issued for Byron Lutz, 33, and Ivy Marsh, 28.",
            {("Byron Lutz", 33), ("Ivy Marsh", 28)},
        ),
        (
            "Warrants have been issued for two other men, Byron Lutz, 33, and Ivy Marsh, 28, "
            "who police say were with him that night.",
            {("Byron Lutz", 33), ("Ivy Marsh", 28)},
        ),
        # near miss: a search warrant for someone's home makes him no suspect
        ("Officers executed a search warrant for the home of Byron Lutz, 33.", set()),
    ],
)
def test_a_warrant_issued_for_names_its_suspects(text: str, expected: set) -> None:
    assert set(suspects_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jaylen Marsh, 18, and a 16-year-old whose name was not released are accused of "
            "shooting a man.",
            {("Jaylen Marsh", 18), (None, 16)},
        ),
        (
            "Jaylen Marsh, 18, and a 16-year-old who lives with him were arrested.",
            {("Jaylen Marsh", 18), (None, 16)},
        ),
        # a longer relative clause, as Canadian reports say why a youth is not named
        (
            "Jaylen Marsh, 18, and a 16-year-old who cannot be identified under the Youth "
            "Criminal Justice Act are charged with robbery.",
            {("Jaylen Marsh", 18), (None, 16)},
        ),
        # near miss: a teenager beside him who was hurt is no co-suspect
        ("Jaylen Marsh, 18, and a 16-year-old who was shot were taken to a hospital.", set()),
        # "also" tells someone besides the one named, whose age the report does not give
        (
            "Jaylen Marsh is charged with robbery in the death of Al Kemp, 61. A 16-year-old "
            "boy also faces charges in juvenile court.",
            {("Jaylen Marsh", None), (None, 16)},
        ),
        (
            "Jaylen Marsh is charged with robbery. A 16-year-old was also charged.",
            {("Jaylen Marsh", None), (None, 16)},
        ),
    ],
)
def test_an_unnamed_teen_beside_a_named_suspect(text: str, expected: set) -> None:
    assert set(suspects_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 19-year-old driver has been charged with vehicular homicide. Deputies say Cal Ng "
            "was driving about 90 mph. Ng was also charged with reckless driving.",
            {("Cal Ng", 19)},
        ),
        ("A 19-year-old driver has been charged with vehicular homicide.", {(None, 19)}),
        # near miss: a driver described by age who was hurt is no suspect
        ("A 19-year-old driver was taken to a hospital after the crash.", set()),
    ],
)
def test_a_suspect_described_by_age_and_role(text: str, expected: set) -> None:
    assert set(suspects_of(text)) == expected


def test_a_courtesy_title_without_its_period_is_no_part_of_the_name() -> None:
    text = (
        "Jayden Nolan, 31, was charged with murder. Mr Nolan was refused bail when he appeared "
        "in court on Tuesday. Ms Barker, his former partner, died in hospital."
    )
    assert set(suspects_of(text)) == {("Jayden Nolan", 31)}
    assert bonds_of(text) == {("Jayden Nolan", None, "denied")}
