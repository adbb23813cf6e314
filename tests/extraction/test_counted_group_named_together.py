"""Whom a counted group means when the report names more suspects than it counts: "the
three" are the three it last named together in one list, not the three it named last
("found A, B and C guilty ... acquitted D ... Sentencing for the three is set"). The
sentences are written for these tests; `PUBLISHED` is Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "A Hartwell County jury found Dane Pruett, 44, Kelsa Moreno, 31, and Vic Almada, "
            "37, guilty of involuntary manslaughter. Jurors acquitted former Sgt. Lamont Gibb, "
            "52, of all charges. Pruett was also convicted of obstruction of justice. "
            "Sentencing for the three is set for Aug. 19.",
            "sentencing",
            {"Dane Pruett", "Kelsa Moreno", "Vic Almada"},
        ),
        # With no list of as many, the two told of last.
        (
            "Dane Pruett, 44, was arrested Monday. Kelsa Moreno, 31, was arrested Tuesday. Vic "
            "Almada, 37, was arrested Wednesday. The two are due in court Friday.",
            "appearance",
            {"Kelsa Moreno", "Vic Almada"},
        ),
    ],
)
def test_whom_a_counted_group_means(text: str, kind: str, expected: set) -> None:
    assert {p for p, k, _ in court_of(text) if k == kind} == expected
