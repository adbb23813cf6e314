"""A murder-for-hire told from arrest to sentence: the one a defendant paid "to have" killed is
the target, not a suspect; a death "planned" or "plotted" is none done; "never harmed", "who
was not harmed" and "the intended target was" tell a target unharmed; "she" cannot mean a man
the report calls her ex-husband; a bare "Moore" is the man of that surname, not a part of
"Lindqvist-Moore"; recordings "captured" by a detective are no arrest; a term "with 25 to be
served in the Department of Correction and five on probation" is two. Every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrests_of, bonds_of, outcomes_of, suspects_of, terms_of

LEAD = "Ann Voss, 53, is charged with conspiracy to commit murder. "


def test_the_one_paid_to_have_killed_is_no_suspect() -> None:
    text = LEAD + "Prosecutors say she paid a man $5,000 to have her ex-husband, Cy Hall, killed."
    assert set(suspects_of(text)) == {("Ann Voss", 53)}


def test_had_someone_arrested_is_still_a_cue_elsewhere() -> None:
    # near miss: the causative with an arrest tells nothing of harm and takes nothing away
    text = "Cy Hall, 40, had Ann Voss arrested in May. Cy Hall was charged with fraud."
    assert ("Cy Hall", 40) in suspects_of(text)


def test_she_is_not_the_man_told_before() -> None:
    text = (
        LEAD + "Prosecutors say she paid a man to have her ex-husband, Cy Hall, killed. "
        "Hall was never harmed and is expected to testify. "
        "She has been held since her arrest, unable to post a $1 million bond."
    )
    assert set(suspects_of(text)) == {("Ann Voss", 53)}
    assert bonds_of(text) == {("Ann Voss", 1000000, "set")}
    assert outcomes_of(text) == [("Cy Hall", "unharmed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "The judge said Voss spent months planning the death of Cy Hall, her husband.",
            [("Cy Hall", "unharmed")],
        ),
        (
            LEAD + "The intended target, according to the affidavit, was Cy Hall, 55.",
            [("Cy Hall", "unharmed")],
        ),
        (
            LEAD + "Cy Hall, who was not harmed, read a statement in court.",
            [("Cy Hall", "unharmed")],
        ),
        # near misses: a death looked into was a death; a target of an inquiry is no victim
        (
            "Ann Voss, 53, is charged with murder. Detectives spent months investigating the "
            "death of Cy Hall, her husband.",
            [("Cy Hall", "killed")],
        ),
        ("Ann Voss, 53, is charged with fraud. The target of the inquiry was Cy Hall, 55.", []),
    ],
)
def test_a_target_planned_for_is_unharmed(text: str, expected: list) -> None:
    assert outcomes_of(text) == expected


def test_a_bare_surname_is_the_whole_surname() -> None:
    text = (
        "Ann Lindqvist-Moore, 53, is charged with conspiracy to commit murder. Prosecutors say "
        "she paid a man to have her ex-husband, Cy Moore, killed. Moore was never harmed."
    )
    assert outcomes_of(text) == [("Cy Moore", "unharmed")]


def test_recordings_captured_are_no_arrest() -> None:
    text = LEAD + "Jurors heard recordings captured by an undercover detective in her trial."
    assert arrests_of(text) == set()
    # near miss: a person captured is taken
    assert arrests_of(LEAD + "Voss was captured by an undercover detective.") != set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Voss was sentenced to 30 years, with 25 to be served in the Indiana "
            "Department of Correction and five on probation.",
            {("Ann Voss", "prison", 25), ("Ann Voss", "probation", 5)},
        ),
        (
            "Ann Voss was sentenced to 30 years, with 25 to be served in prison and two on "
            "probation.",
            {("Ann Voss", "prison", 25), ("Ann Voss", "probation", 2)},
        ),
        # near miss: "with" and a number of something else is no split
        (
            "Ann Voss was sentenced to 10 years, with 25 other inmates in the Department "
            "of Corrections.",
            {("Ann Voss", "prison", 10)},
        ),
    ],
)
def test_a_term_split_with_its_probation_told_by_number(text: str, expected: set) -> None:
    assert terms_of(text) == expected
