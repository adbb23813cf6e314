"""A plea not entered leaves a charge filed (extraction/charge_verdict_cues.py): "did not enter
pleas to charges of X", "was not asked to enter a plea to", "No plea was entered on"."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, court_of

_LEAD = "Rob Vance appeared in court on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "Vance did not enter pleas to charges of burglary and criminal damage.",
            {("Rob Vance", "burglary", "filed"), ("Rob Vance", "criminal damage", "filed")},
        ),
        (
            _LEAD + "He did not enter a plea on the charge of burglary.",
            {("Rob Vance", "burglary", "filed")},
        ),
        (
            _LEAD + "No plea was entered on the charge of burglary.",
            {("Rob Vance", "burglary", "filed")},
        ),
        # Near miss: a plea of guilty entered.
        (
            _LEAD + "He entered a plea of guilty to burglary.",
            {("Rob Vance", "burglary", "convicted")},
        ),
    ],
)
def test_a_plea_not_entered_leaves_the_charge_filed(text: str, expected: set) -> None:
    assert charges_of(text) == expected


_APPEARED = "Rob Vance, 20, and Nora Pell, 30, appeared in court on Monday charged with burglary. "


@pytest.mark.parametrize(
    ("text", "pleas"),
    [
        (_APPEARED + "Neither entered a plea.", 0),
        (_APPEARED + "No pleas were entered.", 0),
        (_APPEARED + "They did not enter pleas.", 0),
        # Near miss: pleas entered.
        (_APPEARED + "Both entered pleas of not guilty.", 2),
    ],
)
def test_a_plea_not_entered_is_no_plea_event(text: str, pleas: int) -> None:
    assert sum(kind == "plea" for _, kind, _ in court_of(text)) == pleas
