"""A first trial told as ended without a verdict ("His first trial, in February, ended in a
mistrial") beside the dated trial that reached one is a trial of its own; a trial told again
with no such words is the same one. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

VERDICT = "Dale Voss, 30, was found guilty of murder on March 1. "


@pytest.mark.parametrize(
    ("told", "trials"),
    [
        (
            "His first trial, in February, ended in a mistrial when jurors deadlocked.",
            {("Dale Voss", "trial", "2024-03-01"), ("Dale Voss", "trial", None)},
        ),
        # near miss: the same trial told again
        ("The trial lasted a week.", {("Dale Voss", "trial", "2024-03-01")}),
    ],
)
def test_mistrial_is_a_trial_of_its_own(told: str, trials: set) -> None:
    assert {e for e in court_of(VERDICT + told) if e[1] == "trial"} == trials
