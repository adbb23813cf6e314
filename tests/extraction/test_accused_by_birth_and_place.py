"""Accused told as South African, Indian and other outlets outside the US tell them: what one
is by birth before the name in a list ("and Mozambican national Cy Doe, 41, face charges of"),
and one of several accused told by its place ("The third accused, Cy Doe, 41,"). The
sentences are written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import charges_of, suspects_of


def test_a_national_in_a_list_of_accused_shares_its_charges() -> None:
    text = (
        "Ann Lee, 34, from Soshanguve, Bo Tran, 29, from Mamelodi, and Zimbabwean national "
        "Cy Doe, 41, face charges of robbery and attempted murder."
    )
    people = {person for person, _, _ in charges_of(text)}
    assert people == {"Ann Lee", "Bo Tran", "Cy Doe"}


def test_a_national_named_after_the_charge_is_no_accused() -> None:
    # near miss: the national is the one fought with, named after the charge
    text = (
        "Ann Lee, 34, was charged with robbery after a fight with Zimbabwean national Cy Doe, 41."
    )
    assert {person for person, _, _ in charges_of(text)} == {"Ann Lee"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee, 34, was denied bail. The third accused, Zimbabwean national Cy Doe, 41, "
            "abandoned his bail application.",
            Counter({("Ann Lee", 34): 1, ("Cy Doe", 41): 1}),
        ),
        (
            "Ann Lee, 34, was denied bail. The second accused, Cy Doe, 41, was granted bail.",
            Counter({("Ann Lee", 34): 1, ("Cy Doe", 41): 1}),
        ),
        # near miss: a witness told by its place is no accused
        (
            "Ann Lee, 34, was denied bail. The third witness, Cy Doe, 41, told the court she ran.",
            Counter({("Ann Lee", 34): 1}),
        ),
    ],
)
def test_an_accused_told_by_its_place(text: str, expected: Counter) -> None:
    assert suspects_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man has appeared in court charged with murder after a stabbing. Ana Ruru, 19, who "
            "was arrested on suspicion of assisting an offender, has been bailed. Bo Tran, 27, of "
            "Levenshulme, appeared at Salford Magistrates' Court on Tuesday.",
            ("Bo Tran", 27),
        ),
        (
            "Bo Tran, 27, of Levenshulme, appeared at Westminster Magistrates' Court via video "
            "link on Tuesday.",
            ("Bo Tran", 27),
        ),
    ],
)
def test_appearing_at_a_court_makes_a_suspect(text: str, expected: tuple) -> None:
    assert expected in suspects_of(text)


def test_appearing_at_a_news_conference_outside_the_court_does_not() -> None:
    # near miss: the one who appeared is a relative who spoke to reporters
    text = (
        "A man was charged with murder on Monday. His cousin, Bo Tran, 41, appeared at a news "
        "conference outside the court."
    )
    assert ("Bo Tran", 41) not in suspects_of(text)
