"""A stored excerpt breaks off mid-sentence, sometimes inside a figure: "Police arrested Al
Kim, 2" may have been 25, "set for May 2" May 21, "a $50" $500,000. A figure at the break is
no figure; the rest of the sentence still counts, and a whole sentence keeps its figures.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of, court_of, facts_of, suspects_of

LEAD = "Bo Tran, 25, of Elgin, was arrested Tuesday in the shooting of a man. "


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("Police also arrested Al Kim, 2", ("Al Kim", None)),
        ("Police also arrested Al Kim, 22.", ("Al Kim", 22)),
    ],
)
def test_an_age_at_the_break(tail: str, expected: tuple) -> None:
    assert suspects_of(LEAD + tail)[expected] == 1


@pytest.mark.parametrize(
    ("tail", "date"),
    [
        ("His arraignment is set for March 2", None),
        ("His arraignment is set for March 20.", "2024-03-20"),
    ],
)
def test_a_day_at_the_break(tail: str, date: str | None) -> None:
    assert court_of(LEAD + tail) == {("Bo Tran", "arraignment", date)}


def test_an_amount_at_the_break() -> None:
    assert bonds_of(LEAD + "He is being held on a $50") == set()


def test_the_quote_stops_before_the_broken_figure() -> None:
    quotes = [
        f["evidence"]["quote"]
        for f in facts_of("ArrestMade", LEAD + "Police also arrested Al Kim, 2")
    ]
    assert "Police also arrested Al Kim" in quotes
