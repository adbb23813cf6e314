"""The time a report gives of its own telling ("police said Thursday") dates no event: an
arrest or an indictment told that way has no date unless the report gives one elsewhere.
Every sentence is written for these tests (published on a Thursday)."""

from __future__ import annotations

import pytest

from casefile.extraction.dates import find_dates
from tests.extraction.reading import PUBLISHED, arrested_in, bonds_of, facts_of


def arrest_dates(text: str) -> set[str | None]:
    return {f["date"] for f in facts_of("ArrestMade", text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bo Tran, 30, was arrested in Reno, police said Thursday.", {None}),
        ("Bo Tran, 30, has been arrested, the sheriff's office announced on Monday.", {None}),
        ("Bo Tran, 30, was arrested, police told reporters Tuesday.", {None}),
        # the day the arrest took place stays its date
        ("Bo Tran, 30, was arrested Tuesday, police said Thursday.", {"2024-03-12"}),
        ("Bo Tran, 30, was arrested Tuesday.", {"2024-03-12"}),
    ],
)
def test_the_day_of_the_telling_dates_no_arrest(text: str, expected: set) -> None:
    assert arrested_in(text) == ["Bo Tran"]
    assert arrest_dates(text) == expected


def test_a_date_after_a_telling_verb_is_not_an_event_date() -> None:
    assert [d.date for d in find_dates("He died, police said Wednesday.", PUBLISHED)] == []
    assert [d.date.isoformat() for d in find_dates("He died Wednesday.", PUBLISHED)] == [
        "2024-03-13"
    ]


def test_bail_told_as_lasting_is_this_case_s() -> None:
    lasting = (
        "Rebecca Vance, 44, was found not guilty of murder. She had been free on a $100,000 "
        "bond since shortly after her arrest in November 2023."
    )
    assert {(f["person"], f["prior"]) for f in facts_of("ArrestMade", lasting)} == {
        ("Rebecca Vance", False)
    }
    assert bonds_of(lasting) == {("Rebecca Vance", 100_000, "posted")}
    # near miss: free on bond in another matter at the time is that matter's bond
    other = (
        "Rebecca Vance, 44, was charged with murder. She was free on a $5,000 bond in a theft "
        "case at the time of the shooting."
    )
    assert bonds_of(other) == set()
