"""Suspects named in a ruling on bail: a judge "ordered X, 41, detained", "X was released on a
$25,000 unsecured bond". Only a defendant is detained by a court or released on bond. Every
sentence is written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import court_of, suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Magistrate Judge Ann Reyes ordered Tobin Reast, 41, detained.", [("Tobin Reast", 41)]),
        (
            "Magistrate Judge Ann Reyes ordered Tobin Reast detained pending trial.",
            [("Tobin Reast", None)],
        ),
        ("Tobin Reast, 29, was released on a $25,000 unsecured bond.", [("Tobin Reast", 29)]),
        ("Tobin Reast, 29, was released on conditional bail.", [("Tobin Reast", 29)]),
        # near miss: "held" said of a name alone is anyone's doing
        ("Tobin Reast held the door for the jurors, Judge Ann Reyes said.", []),
    ],
)
def test_a_name_a_bail_ruling_is_said_of_is_a_suspect(text: str, expected: list) -> None:
    assert suspects_of(text) == Counter(expected)


def test_all_of_a_group_released_on_bond_are_its_members() -> None:
    text = (
        "Cal Orrin, 41, was ordered detained. Mara Quell, 29, was released on bond. Tod Wicks, "
        "35, was released on a $50,000 unsecured bond. All three have pleaded not guilty."
    )
    assert court_of(text) == {
        ("Cal Orrin", "plea", None),
        ("Mara Quell", "plea", None),
        ("Tod Wicks", "plea", None),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A sessions court on Monday rejected the bail application of Varun Mehra (31), "
            "held since May over a fraud.",
            {("Varun Mehra", 31): 1},
        ),
        (
            "The magistrate refused bail to Varun Mehra (31) and granted bail to his brother "
            "Kiran Mehra (27).",
            {("Varun Mehra", 31): 1, ("Kiran Mehra", 27): 1},
        ),
        # Near miss: bail posted by a friend names no one accused.
        ("Friends of Varun Mehra, 31, raised money for a charity.", {}),
    ],
)
def test_a_bail_application_or_grant_said_of_a_name(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)
