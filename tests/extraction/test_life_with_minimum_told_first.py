"""A life term told as the top of a range whose low end is a minimum ("to a minimum of 35 years
and a maximum of life in prison") is one term, life with the minimum's years, as "35 years to
life" is: not a prison term of 35 years beside a life term. A range whose top is years is no
life term. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


def _terms(text: str) -> list[tuple[str, str, int | None]]:
    return sorted((f["person"], f["kind"], f["years"]) for f in facts_of("SentenceImposed", text))


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Judge Ira Kell sentenced Dale Munro, 40, to a minimum of 35 years and a maximum of "
            "life in prison.",
            35,
        ),
        (
            "A judge on Tuesday sentenced Dale Munro, 40, to a minimum of 18 years and a maximum "
            "of life behind bars for the killing.",
            18,
        ),
    ],
)
def test_life_with_its_minimum_told_first(text: str, years: int) -> None:
    assert _terms(text) == [("Dale Munro", "life", years)]


def test_range_of_years_is_no_life_term() -> None:
    # near miss: the top of the range is a number of years
    text = (
        "Dale Munro, 40, was sentenced to a minimum of 35 years and a maximum of 60 years in "
        "prison."
    )
    assert all(kind == "prison" for _, kind, _ in _terms(text))
