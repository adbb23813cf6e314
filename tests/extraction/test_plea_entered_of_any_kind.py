"""A defendant who "entered" a plea whose kind takes more than one word or a hyphen ("entered
a no contest plea", "entered no-contest pleas", "entered his guilty plea") is a suspect, and
the charges after "to" are convicted (extraction/cues.py), as "entered a guilty plea" already
made him; someone who entered a room where a plea was heard is not."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import charges_of, suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May, Bo Tran, 32, entered a no contest plea to burglary and arson.",
            {("Bo Tran", "burglary", "convicted"), ("Bo Tran", "arson", "convicted")},
        ),
        (
            "Bo Tran, 32, entered no-contest pleas to arson and theft.",
            {("Bo Tran", "arson", "convicted"), ("Bo Tran", "theft", "convicted")},
        ),
        (
            "Bo Tran, 32, entered his guilty plea to arson on Monday.",
            {("Bo Tran", "arson", "convicted")},
        ),
        (
            "Bo Tran, 32, entered a nolo contendere plea to theft.",
            {("Bo Tran", "theft", "convicted")},
        ),
    ],
)
def test_a_plea_of_any_kind_entered(text: str, expected: set) -> None:
    assert suspects_of(text) == Counter({("Bo Tran", 32): 1})
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: no plea entered by the one named.
        "Police said Ida Pell, 40, entered the courtroom as the plea hearing began.",
        "Ida Pell, 40, entered the store and made a plea for help.",
    ],
)
def test_no_plea_entered_names_no_suspect(text: str) -> None:
    assert suspects_of(text) == Counter()
