"""Victims told as besides the one named dead ("A 15-year-old boy and a 16-year-old girl
were also shot") are each one more victim, never taken for the dead man told before. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

LEAD = "Police arrested Cal Whitaker, 20, on Sunday. Dion Little, 26, died at the scene. "


@pytest.mark.parametrize(
    "then",
    [
        "A 15-year-old boy and a 16-year-old girl were also shot. Both are expected to survive.",
        "A 15-year-old boy and a 16-year-old girl were also shot.",
    ],
)
def test_those_also_shot_are_besides_the_dead(then: str) -> None:
    victims = sorted(
        (f["name"] or f["description"], f["outcome"])
        for f in facts_of("VictimReported", LEAD + then)
    )
    assert victims == [
        ("15-year-old boy", "injured"),
        ("16-year-old girl", "injured"),
        ("Dion Little", "killed"),
    ]


def test_a_man_shot_then_named_dead_is_one() -> None:
    # near miss: the man shot is the one named dead
    text = "A man was shot outside a bar Friday. Dion Little, 26, died Sunday."
    victims = [(f["name"], f["outcome"]) for f in facts_of("VictimReported", text)]
    assert victims == [("Dion Little", "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee, 45, and a 22-year-old man were shot Sunday. Police arrested Cal Tran, 30.",
            [("22-year-old man", "injured"), ("Ann Lee", "injured")],
        ),
        # near miss: a clause of its own after the name
        (
            "Cal Tran, 30, was arrested, and a 22-year-old man was shot.",
            [("22-year-old man", "injured")],
        ),
    ],
)
def test_a_named_and_a_described_victim_share_the_verb(text: str, expected: list) -> None:
    victims = sorted(
        (f["name"] or f["description"], f["outcome"]) for f in facts_of("VictimReported", text)
    )
    assert victims == expected


@pytest.mark.parametrize(
    ("then", "expected"),
    [
        (
            "In one case, a 67-year-old woman was pulled from her car and dragged several feet.",
            [("67-year-old woman", "injured")],
        ),
        ("A woman was dragged behind the car.", [("woman", "injured")]),
        # near miss: custody, then care, is no harm done in the crime
        ("A man was arrested at the scene and hospitalized for evaluation.", []),
    ],
)
def test_harm_told_after_another_act(then: str, expected: list) -> None:
    text = "Jaden Morris, 17, is charged with carjacking in a string of carjackings. " + then
    victims = [(f["description"], f["outcome"]) for f in facts_of("VictimReported", text)]
    assert victims == expected
