"""Sentences of co-defendants told together: a verb left out after the first clause ("Bo
Tran was sentenced to 10 years and Ali Tran to eight years"), the group named by what they
are ("The brothers were sentenced to six years each"); and a court day told as ahead that
lies a day before the report (a report written the day before it ran) is that day, not next
year's. The sentences are written for these tests."""

from __future__ import annotations

import datetime

import pytest

from casefile.extraction import extract_facts
from tests.extraction.reading import facts_of

LEAD = "Jory Wendt, 30, and Amos Wendt, 28, were convicted of robbery. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jory Wendt was sentenced to 10 years and Amos Wendt to eight years.",
            {("Jory Wendt", "prison", 10), ("Amos Wendt", "prison", 8)},
        ),
        (
            "The brothers were sentenced Tuesday to six years each.",
            {("Jory Wendt", "prison", 6), ("Amos Wendt", "prison", 6)},
        ),
        (
            "The co-defendants were sentenced to life without parole.",
            {("Jory Wendt", "life", None), ("Amos Wendt", "life", None)},
        ),
    ],
)
def test_sentences_of_co_defendants(text: str, expected: set) -> None:
    found = {(f["person"], f["kind"], f["years"]) for f in facts_of("SentenceImposed", LEAD + text)}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is due in court Dec. 1.", "2024-12-01"),
        ("He is due in court Jan. 6.", "2025-01-06"),
    ],
)
def test_a_day_ahead_told_just_before_the_report(text: str, expected: str) -> None:
    published = datetime.date(2024, 12, 2)
    found = [
        f.fields["date"]
        for f in extract_facts("Cole Varney, 30, was charged with murder. " + text, published)
        if f.kind == "CourtEventReported"
    ]
    assert found == [expected]
