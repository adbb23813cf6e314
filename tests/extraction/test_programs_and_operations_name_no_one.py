"""A program's or a police operation's name ("This case is part of Project Safe Streets",
"arrested in Operation Clean Sweep", "part of Operation Take Back Our Streets") names no one:
it is no suspect, and "the defendants" of the report are its named accused only. A surname
after a courtesy title, or a name after another word, stays a name
(extraction/mentions.py, PLACE_PREFIXES). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of, suspects_of


@pytest.mark.parametrize(
    "text",
    [
        "Dario Quint, 30, and Lena Moss, 28, were charged with trafficking. This case is part "
        "of Project Safe Streets, a program to reduce violent crime. The defendants made their "
        "initial appearances on May 5.",
        "Dario Quint, 30, and Lena Moss, 28, were arrested in Operation Clean Sweep, police "
        "said. The defendants made their initial appearances on May 5.",
        "The arrests were part of Operation Lone Harbor. Dario Quint, 30, and Lena Moss, 28, "
        "were charged with trafficking and made their initial appearances on May 5.",
    ],
)
def test_a_program_names_no_one(text: str) -> None:
    assert set(suspects_of(text)) == {("Dario Quint", 30), ("Lena Moss", 28)}
    assert {person for person, _, _ in court_of(text)} == {"Dario Quint", "Lena Moss"}


def test_a_name_after_a_title_stays_a_name() -> None:
    # Near miss: a person named plainly after a courtesy title is still one.
    text = "Mr Projet Lane, 41, was charged with trafficking on Monday."
    assert set(suspects_of(text)) == {("Projet Lane", 41)}


ARREST = "Federal agents arrested Dorian Vale, 34, of Halvern on Tuesday. "


@pytest.mark.parametrize(
    "later",
    [
        "The arrest was part of Operation Clean Sweep, a statewide effort against gun crime.",
        "This case is part of Operation Safe Harbor Summer, a national initiative.",
        "Agents said Operation Night Lantern has led to 40 arrests since May.",
    ],
)
def test_an_operation_names_no_suspect(later: str) -> None:
    assert set(suspects_of(ARREST + later)) == {("Dorian Vale", 34)}


def test_a_person_named_after_a_word_stays_a_person() -> None:
    text = ARREST + "Prosecutors also charged Mara Quint, 29, in the case."
    assert set(suspects_of(text)) == {("Dorian Vale", 34), ("Mara Quint", 29)}
