"""The dead named as who he was after a relative clause of the death ("The teen who died was
Tobin Marsh", "The woman who was killed was Rhea Dunmore, a nurse") is the one killed, as "The
victim was Tobin Marsh" is; one who was arrested, named so, is no one killed. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import outcomes_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A 19-year-old was charged Tuesday with killing a 16-year-old outside a Marlow "
            "skate park. The teen who died was Tobin Marsh, a sophomore at Halvern High.",
            "Tobin Marsh",
        ),
        (
            "Police said a woman was stabbed in a Dunmore parking garage on Sunday. The woman "
            "who was killed was Rhea Vasquez-Orr, a nurse at Kessler Hospital.",
            "Rhea Vasquez-Orr",
        ),
        (
            "Two men were charged in a shooting at a Marlow bar. The man who died is Odell "
            "Prask, 33, of Halvern.",
            "Odell Prask",
        ),
    ],
)
def test_the_dead_named_after_who_died_is_killed(text: str, name: str) -> None:
    assert (name, "killed") in outcomes_of(text)


def test_one_arrested_named_so_is_no_one_killed() -> None:
    text = (
        "A 16-year-old was shot dead outside a Marlow skate park on Friday. The man who was "
        "arrested was Cale Dorn, 19."
    )
    assert ("Cale Dorn", "killed") not in outcomes_of(text)
