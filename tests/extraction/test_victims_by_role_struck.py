"""Victims a release tells by role: "the male victim, 71, was struck in the head", "the female
victim was not injured", "the operator ... suffered a fractured eye socket". Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The male victim, 71, was struck in the head with a handgun.", [(None, 71, "injured")]),
        ("The victim was kicked repeatedly and robbed of his phone.", [(None, None, "injured")]),
        (
            "The robbers tied up a couple. The female victim, 68, was not injured.",
            [(None, 68, "unharmed")],
        ),
        (
            "The operator, a 58-year-old woman, suffered a fractured eye socket.",
            [(None, None, "injured")],
        ),
        # Near miss: a thing struck is no one.
        ("The car was struck by gunfire while parked.", []),
    ],
)
def test_victims_told_by_role(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 24-year-old male had been struck several times and was transported to St. Jude "
            "Regional Medical Center, where he was pronounced deceased.",
            [(None, 24, "killed")],
        ),
        # Near miss: taken where he was treated.
        (
            "A 24-year-old man was shot and taken to a hospital, where he was treated and "
            "released.",
            [(None, 24, "injured")],
        ),
    ],
)
def test_where_he_was_pronounced_dead(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bo Tran, 28, cut a clerk on the hand when she refused to open the register.",
            [(None, None, "injured")],
        ),
        # Near misses: a deal, a line.
        ("Bo Tran, 28, cut a deal with prosecutors.", []),
        ("The robber cut the phone line and fled.", []),
    ],
)
def test_a_person_cut(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers found two men suffering from gunshot wounds. One died at the hospital.",
            [(None, None, "injured"), (None, None, "killed")],
        ),
        # Near miss: "One" told of no death.
        (
            "Two men were shot Saturday. One was treated and released.",
            [(None, None, "injured"), (None, None, "injured")],
        ),
    ],
)
def test_one_of_a_group_told_dead_by_a_bare_one(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The 32-year-old victim" refers back to the man told before: one victim.
        (
            "A man was injured in an assault. The 32-year-old victim was taken to hospital.",
            [(None, 32, "injured")],
        ),
        # Near miss: told first with "the", he is the one victim still.
        ("The 54-year-old victim was taken to hospital.", [(None, 54, "injured")]),
    ],
)
def test_the_aged_victim_told_before(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shooting claimed the life of Tia Brooks, 31.", [("Tia Brooks", 31, "killed")]),
        (
            "A man was shot and killed Saturday. Andre Lomax, 23, of Elgin, was identified as "
            "the victim.",
            [("Andre Lomax", 23, "killed")],
        ),
        # Near miss: identified as the suspect.
        (
            "A man was shot Saturday. Bo Tran, 30, was identified as the suspect.",
            [(None, None, "injured")],
        ),
    ],
)
def test_a_name_told_as_the_one_killed(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Hale, 53, pleaded guilty to reckless endangerment for nearly striking Tia Reese.",
            [("Tia Reese", None, "unharmed")],
        ),
        # Near miss: struck.
        (
            "Ann Hale, 53, is charged with striking Tia Reese with her car.",
            [("Tia Reese", None, "injured")],
        ),
    ],
)
def test_harm_that_nearly_happened_leaves_a_target(text: str, expected: list) -> None:
    assert victims_of(text) == expected
