"""Clauses that part one person's charges from another's, or one act's from another's: a
contrast ("..., while Ben Dorn faces"), a second charging verb ("and charged Ben Dorn with"),
a clause after a semicolon with its own subject, and a preposition said again for the next
act ("... for the shooting and with arson for the fire"). Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Abe Cole, 25, faces a charge of murder, while Ben Dorn, 31, faces a charge of "
            "being an accessory.",
            {("Abe Cole", "murder", "filed"), ("Ben Dorn", "accessory", "filed")},
        ),
        # ("while" of an offence's name is no clause)
        (
            "Abe Cole, 25, was charged with theft while armed and burglary.",
            {("Abe Cole", "theft while armed", "filed"), ("Abe Cole", "burglary", "filed")},
        ),
        (
            "Prosecutors charged Abe Cole, 22, with robbery, and charged Ben Dorn, 20, with "
            "accessory after the fact.",
            {("Abe Cole", "robbery", "filed"), ("Ben Dorn", "accessory after the fact", "filed")},
        ),
        (
            "Abe Cole, 25, and Ben Dorn, 31, both face charges of murder; Cole also faces an "
            "arson charge.",
            {
                ("Abe Cole", "murder", "filed"),
                ("Ben Dorn", "murder", "filed"),
                ("Abe Cole", "arson", "filed"),
            },
        ),
        # ... while "both" in the cue's own clause charges both
        (
            "Abe Cole, 25, and Ben Dorn, 31, were arrested Monday; both face charges of arson.",
            {("Abe Cole", "arson", "filed"), ("Ben Dorn", "arson", "filed")},
        ),
        (
            "Abe Cole, 25, was charged with murder and attempted murder for the shooting and "
            "with arson for the fire.",
            {
                ("Abe Cole", "murder", "filed"),
                ("Abe Cole", "attempted murder", "filed"),
                ("Abe Cole", "arson", "filed"),
            },
        ),
    ],
)
def test_whose_charges_a_clause_names(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plea as British courts report it, to an offence a code names by "causing"
        (
            "Abe Cole, 25, admitted causing death by dangerous driving at Leeds Crown Court.",
            {("Abe Cole", "causing death by dangerous driving", "convicted")},
        ),
        # ... and to a killing named by its victim
        (
            "Abe Cole, 25, admitted the manslaughter of shop owner Tom Reece at Leeds Crown Court.",
            {("Abe Cole", "manslaughter", "convicted")},
        ),
        (
            "Abe Cole, 25, admitted the attempted murder of his neighbour.",
            {("Abe Cole", "attempted murder", "convicted")},
        ),
        # ... while an act admitted is a confession
        ("Abe Cole, 25, admitted stealing the car.", set()),
        ("Abe Cole, 25, admitted the theft to detectives.", set()),
    ],
)
def test_an_offence_admitted(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative the sentence does not name, in a charge clause of its own, is someone else
        (
            "Abe Cole, 25, was charged with murder, and his brother was charged with tampering "
            "with evidence.",
            {("Abe Cole", "murder", "filed"), (None, "tampering with evidence", "filed")},
        ),
        # ... but one in the subject list is charged with him
        (
            "Abe Cole, 25, and his brother were charged with murder.",
            {("Abe Cole", "murder", "filed")},
        ),
        (
            "Abe Cole, who was arrested Monday, and his brother were charged with murder.",
            {("Abe Cole", "murder", "filed")},
        ),
    ],
)
def test_a_relative_in_a_clause_of_its_own(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an indictment still to be sought
        (
            "The district attorney's office said it would seek an indictment against Abe Cole, "
            "25, on charges of murder and arson.",
            {("Abe Cole", "murder", "expected"), ("Abe Cole", "arson", "expected")},
        ),
        # ... and one returned
        (
            "A grand jury returned an indictment against Abe Cole, 25, on charges of murder.",
            {("Abe Cole", "murder", "filed")},
        ),
    ],
)
def test_an_indictment_sought(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number alone for the people the report counted charges them all
        (
            "Abe Cole, 38, Ben Dorn, 29, and Cy Fenn, 41, were arrested on Monday. A grand jury "
            "indicted the three last week on charges of conspiracy to distribute fentanyl.",
            {
                ("Abe Cole", "conspiracy to distribute fentanyl", "filed"),
                ("Ben Dorn", "conspiracy to distribute fentanyl", "filed"),
                ("Cy Fenn", "conspiracy to distribute fentanyl", "filed"),
            },
        ),
        # how often is no part of the name
        (
            "Abe Cole, 38, is charged with selling fentanyl on two occasions.",
            {("Abe Cole", "selling fentanyl", "filed")},
        ),
    ],
)
def test_a_counted_group_and_how_often(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the purpose an offence names is no second list of another cue
        (
            "Abe Cole, 25, is charged with possessing heroin for sale or supply.",
            {("Abe Cole", "possessing heroin for sale or supply", "filed")},
        ),
        (
            "Abe Cole, 25, was charged with possession of cocaine for sale and theft.",
            {
                ("Abe Cole", "possession of cocaine for sale", "filed"),
                ("Abe Cole", "theft", "filed"),
            },
        ),
    ],
)
def test_a_cue_inside_a_list_read_reads_no_list(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected
