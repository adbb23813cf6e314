"""An arrest told in the place's clause of a police step ("detectives executed a search warrant
at a home on Elm Road, where a man was arrested") is dated by the day the step is told with;
a place's clause after anything else keeps its own date. The sentences are written for these
tests (published Thursday 14 March 2024)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrests_of


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "About 6am today (Thursday 14 March 2024), detectives executed a search warrant at "
            "a home on Barrow Road, Glen Orrin, where a 23-year-old man was arrested.",
            "2024-03-14",
        ),
        (
            "On Tuesday, officers served a warrant at an apartment on Pell Street, where they "
            "arrested Dane Fenn, 30.",
            "2024-03-12",
        ),
        # near misses: a place's clause after the crime's day, and one with its own day
        (
            "The robbery happened on Tuesday at a store on Pell Street, where police later "
            "arrested Dane Fenn, 30.",
            None,
        ),
        (
            "On Tuesday, officers searched a house in Elgin, where Dane Fenn, 30, was arrested "
            "on Wednesday.",
            "2024-03-13",
        ),
    ],
)
def test_an_arrest_where_police_searched_has_the_search_day(text: str, date: str | None) -> None:
    assert {when for _, when, _ in arrests_of(text)} == {date}
