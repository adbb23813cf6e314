"""Whom a counted group means when the report names more suspects than it counts: "the
three" are the three it last named together in one list, not the three it named last
("found A, B and C guilty ... acquitted D ... Sentencing for the three is set"). The
sentences are written for these tests; `PUBLISHED` is Thursday 14 March 2024."""

from __future__ import annotations

from tests.extraction.reading import court_of


def test_the_three_are_the_three_named_together() -> None:
    text = (
        "A Hartwell County jury found Dane Pruett, 44, Kelsa Moreno, 31, and Vic Almada, 37, "
        "guilty of involuntary manslaughter. Jurors acquitted former Sgt. Lamont Gibb, 52, of "
        "all charges. Pruett was also convicted of obstruction of justice. Sentencing for the "
        "three is set for Aug. 19."
    )
    sentencing = {p for p, kind, _ in court_of(text) if kind == "sentencing"}
    assert sentencing == {"Dane Pruett", "Kelsa Moreno", "Vic Almada"}


def test_the_two_of_three_without_a_list_are_the_two_told_of_last() -> None:
    text = (
        "Dane Pruett, 44, was arrested Monday. Kelsa Moreno, 31, was arrested Tuesday. Vic "
        "Almada, 37, was arrested Wednesday. The two are due in court Friday."
    )
    due = {p for p, kind, _ in court_of(text) if kind == "appearance"}
    assert due == {"Kelsa Moreno", "Vic Almada"}
