"""Court wordings of trial courts and their rulings (extraction/charge_verdict_cues.py,
court_sessions.py): a court named "of Common Pleas" pleads nothing, a plea's kind may come
before the charge it was made to, and a ruling made at a hearing is that hearing."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, court_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A trial court's name holds "Pleas": the charges stay filed.
        (
            "Lon Ferris, 38, is set to stand trial in Dalton County Common Pleas Court on charges "
            "of murder and arson.",
            {("Lon Ferris", "murder", "filed"), ("Lon Ferris", "arson", "filed")},
        ),
        # The plea's kind before the court it was made in and the charge.
        (
            "Lon Ferris, 38, entered a plea of guilty in district court to aggravated robbery.",
            {("Lon Ferris", "aggravated robbery", "convicted")},
        ),
        (
            "Lon Ferris, 38, entered a plea of no contest to arson.",
            {("Lon Ferris", "arson", "convicted")},
        ),
        # Near misses: a plea made in that court; a plea of not guilty.
        (
            "Lon Ferris, 38, pleaded guilty in Dalton County Common Pleas Court to arson.",
            {("Lon Ferris", "arson", "convicted")},
        ),
        (
            "Lon Ferris, 38, entered a plea of not guilty to arson.",
            {("Lon Ferris", "arson", "filed")},
        ),
    ],
)
def test_pleas_and_the_court_of_common_pleas(text: str, expected: set) -> None:
    assert charges_of(text) == expected


CHARGED = "Lon Ferris, 38, is charged with murder. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The ruling was made at the hearing the sentence tells: one event.
        (
            "During a pretrial hearing Monday, a judge denied a defense motion to suppress "
            "evidence.",
            {("Lon Ferris", "hearing", "2024-03-11")},
        ),
        # Near miss: a ruling with no session told is an event of its own.
        (
            "On Monday, a judge denied a defense motion to suppress evidence.",
            {("Lon Ferris", "other", "2024-03-11")},
        ),
    ],
)
def test_a_ruling_made_at_a_hearing_is_that_hearing(sentence: str, expected: set) -> None:
    assert court_of(CHARGED + sentence) == expected
