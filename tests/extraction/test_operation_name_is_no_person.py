"""The name of a police or federal operation ("Operation Clean Sweep", "part of Operation Take
Back Our Streets") names no one: no suspect, no one indicted. A person whose name follows
another word stays a person. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of

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
