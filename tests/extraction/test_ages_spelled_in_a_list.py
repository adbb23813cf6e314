"""An age in words set off by commas after a name, as outlets that spell out small numbers
write a child's ("Tilly Marr, seven, Oona Marr, four, and Piet Marr, three"), is an age as
one in figures is, and the list goes on past it. A number word that is no age ("Bo Tran,
one of the men") gives none. Every sentence and name is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of, victims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dorian Marr, 35, was charged with murder. The victims were Tilly Marr, seven, "
            "Oona Marr, four, and Piet Marr, three.",
            [("Oona Marr", 4, "killed"), ("Piet Marr", 3, "killed"), ("Tilly Marr", 7, "killed")],
        ),
        (
            "Dorian Marr, 35, was charged with murder. The dead were Sefa Oakley, nine, and "
            "Bram Oakley, six.",
            [("Bram Oakley", 6, "killed"), ("Sefa Oakley", 9, "killed")],
        ),
    ],
)
def test_ages_in_words_in_a_list(text: str, expected: list) -> None:
    assert victims_of(text) == expected


def test_age_in_words_of_one_named() -> None:
    text = "Lukas Fenwright, nineteen, was arrested and charged with burglary."
    assert suspects_of(text) == {("Lukas Fenwright", 19): 1}


def test_near_miss_number_word_no_age() -> None:
    text = "Lukas Fenwright, one of the men in the car, was arrested and charged with burglary."
    assert suspects_of(text) == {("Lukas Fenwright", None): 1}
