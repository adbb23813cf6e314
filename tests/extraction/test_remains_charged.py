"""A charge told as still standing ("His mother, Ann Lee, 23, remains charged with child
neglect") makes the one it is said of a suspect, even one the report first names by her tie to
another, so that "She" after it is her. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import bonds_of, suspects_of


def test_a_relative_who_remains_charged_is_a_suspect() -> None:
    text = (
        "The man accused of beating his girlfriend's son, Cal Dunmore, 26, was charged with "
        "murder. The boy's mother, Ann Ostrow, 23, remains charged with child neglect. She was "
        "released after posting a $25,000 bond."
    )
    assert suspects_of(text)[("Ann Ostrow", 23)] == 1
    assert bonds_of(text) == {("Ann Ostrow", 25000, "posted")}


def test_a_relative_who_remains_in_hospital_is_no_suspect() -> None:
    text = (
        "Cal Dunmore, 26, was charged with murder. The boy's mother, Ann Ostrow, 23, remains "
        "in hospital."
    )
    assert ("Ann Ostrow", 23) not in suspects_of(text)
