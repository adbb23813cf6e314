"""Pleas told as before or as intended: "He previously pleaded not guilty to the charge" is
this case's plea (a record holds no not-guilty plea), while "previously pleaded guilty to
robbery in 2015" is a record; a plea someone "intends to" or "plans to" enter is none yet.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

LEAD = "Cai Morrow, 30, was charged with murder. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He previously pleaded not guilty to the charge.", {("Cai Morrow", "plea", None)}),
        ("Morrow had previously pleaded not guilty.", {("Cai Morrow", "plea", None)}),
        ("He previously pleaded guilty to robbery in 2015.", set()),
        ("Morrow intends to plead not guilty, his lawyer said.", set()),
        ("His lawyer said Morrow plans to plead guilty.", set()),
        ("He has pleaded not guilty.", {("Cai Morrow", "plea", None)}),
    ],
)
def test_pleas_told_before_and_intended(text: str, expected: set) -> None:
    assert court_of(LEAD + text) == expected
