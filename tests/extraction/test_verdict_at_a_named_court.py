"""A verdict told with the court it was given "at", as British and Irish reports write it
("found guilty by a jury at the Central Criminal Court last November of sexual assault"), is
a conviction of the offence after it, as "in Polk County Circuit Court" is; what follows a
verdict told without its offence ("found guilty at the end of a trial in which his brother was
accused of arson") is none: the charge after it is the brother's. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bo Tran (35), of Marlow, was found guilty by a jury at the Central Criminal Court "
            "last November of sexual assault.",
            {("Bo Tran", "sexual assault", "convicted")},
        ),
        (
            "Bo Tran, 35, was convicted at Marlow Crown Court on Monday of robbery.",
            {("Bo Tran", "robbery", "convicted")},
        ),
        # near miss: a verdict whose offence is not told
        (
            "Bo Tran, 35, was found guilty at the end of a long trial in which his brother was "
            "accused of arson.",
            {(None, "arson", "filed")},
        ),
    ],
)
def test_a_verdict_at_a_named_court(text: str, expected: set) -> None:
    assert charges_of(text) == expected
