"""A release's label "Arrested:" over lines that open on a name and an age without a bullet
("Ann Lee, 20, of Elgin: second-degree murder") tells each line's person arrested; a line of
prose after the label names no one taken. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import arrested_in


def test_each_roster_line_under_the_label_is_an_arrest() -> None:
    text = (
        "Police said two men were racing on Main Street on Saturday.\n\n"
        "Arrested:\n"
        "Cal Ostrow, 20, of Marbury: second-degree murder, felony speed competition\n"
        "Dee Voss, 21, of Marbury: misdemeanor speed competition, reckless driving\n\n"
        "Ostrow was given a $250,000 bond."
    )
    assert arrested_in(text) == ["Cal Ostrow", "Dee Voss"]


def test_a_line_of_prose_after_the_roster_is_no_arrest() -> None:
    text = (
        "Police said two men were racing on Main Street on Saturday.\n\n"
        "Arrested:\n"
        "Cal Ostrow, 20, of Marbury: second-degree murder\n"
        "Dee Voss, a neighbour, said the cars were loud every weekend."
    )
    assert arrested_in(text) == ["Cal Ostrow"]
