"""A list of people as Indian reports give it, each with the age in brackets and the home
after it without a comma ("Anil Patole (28) of Ganesh Nagar and Mahesh Kadam (31) of
Velgaon"): one list, every item a person. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in, suspects_of

LEDE = "The Harnai police on Tuesday arrested two men for allegedly stabbing a shopkeeper.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The arrested accused are Anil Patole (28) of Ganesh Nagar and Mahesh Kadam (31) "
            "of Velgaon.",
            {("Anil Patole", 28), ("Mahesh Kadam", 31)},
        ),
        (
            "Police arrested Anil Patole (28) of Velgaon and Mahesh alias Bablu Kadam (31) of "
            "Harnai.",
            {("Anil Patole", 28), ("Mahesh Kadam", 31)},
        ),
        (
            "The arrested are Anil Patole (28) of Velgaon, Mahesh Kadam (31) of Harnai and "
            "Deepak Sawant (25).",
            {("Anil Patole", 28), ("Mahesh Kadam", 31), ("Deepak Sawant", 25)},
        ),
        (
            "The arrested are Anil Patole, 28, of Velgaon, Mahesh Kadam, 31, of Harnai and "
            "Deepak Sawant, 25.",
            {("Anil Patole", 28), ("Mahesh Kadam", 31), ("Deepak Sawant", 25)},
        ),
    ],
)
def test_every_item_is_a_suspect(sentence: str, expected: set) -> None:
    assert set(suspects_of(LEDE + sentence)) == expected
    assert arrested_in(LEDE + sentence) == sorted(name for name, _ in expected)


def test_a_complainant_with_a_bracket_age_is_no_item() -> None:
    # near miss: the one who complained, named apart from the list of those arrested
    text = (
        LEDE + "The arrested accused are Anil Patole (28) of Velgaon and Mahesh Kadam (31). "
        "The complaint was lodged by Vinod Rane (52) of Harnai."
    )
    assert set(suspects_of(text)) == {("Anil Patole", 28), ("Mahesh Kadam", 31)}
