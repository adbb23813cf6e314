"""A role told in apposition after a name makes the name an official's ("Ann Lee, the
county's chief prosecutor,"), but only where the words after the comma are one noun phrase
with its article first: "a defender for Bo Tran, plus a second lawyer" adds someone else,
and Bo Tran stays the one charged. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of

CHARGED = "Orrin Halvey, 31, was charged Monday with murder in the death of a clerk. "


@pytest.mark.parametrize(
    ("text", "suspects"),
    [
        (
            "A judge named a public defender for Orrin Halvey, plus a second lawyer. Halvey "
            "is charged with murder in the death of a clerk.",
            {("Orrin Halvey", None): 1},
        ),
        (
            "The court assigned an investigator to Orrin Halvey, as well as a defense "
            "attorney. Halvey, 31, faces a murder charge.",
            {("Orrin Halvey", 31): 1},
        ),
        (
            "Family members hired counsel for Orrin Halvey, then a second attorney, after "
            "the hearing. Halvey, 31, is charged with murder.",
            {("Orrin Halvey", 31): 1},
        ),
        # Near misses: the words after the comma are the named one's own role.
        (
            CHARGED + "Prosecutor Wenda Sorrel said Dace Murrow, a second lawyer for the "
            "family, spoke in court.",
            {("Orrin Halvey", 31): 1},
        ),
        (
            CHARGED + "Dace Murrow, the county's chief prosecutor, said the case would go to a "
            "grand jury.",
            {("Orrin Halvey", 31): 1},
        ),
    ],
)
def test_apposition_is_one_noun_phrase(text: str, suspects: dict) -> None:
    assert dict(suspects_of(text)) == suspects
