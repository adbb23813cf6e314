"""Days or weeks in jail a judge adds to another punishment ("added 180 days in jail as a
condition of probation") are a term imposed, as added years are; days added to anything
else ("added 30 days to the deadline") are none. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

PROBATION = "Cal Dorrin, 25, was sentenced to 10 years of probation. "


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            PROBATION + "Judge Ivo Marr added 180 days in jail as a condition of probation.",
            [("probation", 10), ("jail", 0.49)],
        ),
        (
            PROBATION + "The judge also added 90 days in jail, the most the law allows.",
            [("probation", 10), ("jail", 0.25)],
        ),
        (
            PROBATION + "Judge Ivo Marr added three weeks in jail.",
            [("probation", 10), ("jail", 0.06)],
        ),
        # Near miss: days added to no punishment.
        (PROBATION + "Prosecutors added 30 days to the deadline.", [("probation", 10)]),
    ],
)
def test_days_in_jail_added(text: str, terms: list) -> None:
    found = [(f["kind"], round(f["years"], 2)) for f in facts_of("SentenceImposed", text)]
    assert found == terms
