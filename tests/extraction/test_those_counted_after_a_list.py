"""A charge told of "those" and a count ("Those three are charged with fraud", "Those two men
face gun counts") is of the suspects the sentence just before named, each of them, not of
the last one named nor of a group told further back. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputies arrested Ronan Vance, 34, on Tuesday. He is one of three defendants. The "
            "others are Kira Mott and Lena Osei. Those two are charged with conspiracy to "
            "commit fraud.",
            {
                ("Kira Mott", "conspiracy to commit fraud"),
                ("Lena Osei", "conspiracy to commit fraud"),
            },
        ),
        (
            "Deputies arrested Ronan Vance, 34, on Tuesday. Also arrested were Kira Mott, "
            "Oren Bask and Lena Osei. Those three men face burglary charges.",
            {("Kira Mott", "burglary"), ("Oren Bask", "burglary"), ("Lena Osei", "burglary")},
        ),
        # near miss: the sentence before names one of the five; the charge is not the other
        # suspect's from further back
        (
            "Ronan Vance and Kira Mott were indicted on Tuesday. Mott and the four other "
            "co-defendants remain jailed. Those five also face weapons charges.",
            {("Kira Mott", "weapons charges")},
        ),
    ],
)
def test_those_counted_after_a_list(text: str, expected: set) -> None:
    assert {(person, charge) for person, charge, _ in charges_of(text)} == expected
