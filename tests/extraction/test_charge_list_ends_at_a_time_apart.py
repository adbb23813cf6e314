"""A time told by its distance from another ("two days earlier", "a week later", "the
following day") is no part of the offence before it: the list of charges ends there. The
words a code names an offence with after its head ("in the second degree") are kept. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A jury had found Pell Ostrander, 27, guilty of vehicular homicide two days earlier.",
            {("Pell Ostrander", "vehicular homicide", "convicted")},
        ),
        (
            "Pell Ostrander, 27, pleaded guilty to burglary and grand theft a week later.",
            {
                ("Pell Ostrander", "burglary", "convicted"),
                ("Pell Ostrander", "grand theft", "convicted"),
            },
        ),
        (
            "Pell Ostrander, 27, was charged with arson the following day.",
            {("Pell Ostrander", "arson", "filed")},
        ),
        # Near miss: a day named by its number, no distance, keeps the offence whole.
        (
            "Pell Ostrander, 27, was charged with criminal mischief in the second degree.",
            {("Pell Ostrander", "criminal mischief in the second degree", "filed")},
        ),
    ],
)
def test_charge_list_ends_at_a_time_apart(text: str, expected: set) -> None:
    assert charges_of(text) == expected
