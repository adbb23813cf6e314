"""A lede about one of a group: "One of three people arrested in a wave of robberies last
winter pleaded guilty Wednesday" is one plea, not one for each suspect the report names, and
the day is the plea's, not the arrests'. Every sentence is invented."""

from __future__ import annotations

from tests.extraction.reading import arrests_of, court_of

TEXT = (
    "One of three people arrested in a wave of robberies last winter pleaded guilty "
    "Wednesday. Ann Voss, 20, pleaded guilty to two counts of robbery. Under the deal, Voss "
    "agreed to testify against her co-defendant, Bo Tran, 21."
)


def test_one_of_three_pleaded_is_one_plea() -> None:
    pleas = {(person, date) for person, kind, date in court_of(TEXT) if kind == "plea"}
    assert ("Bo Tran", "2024-03-13") not in pleas
    assert ("Ann Voss", "2024-03-13") in pleas


def test_the_day_of_the_plea_dates_no_arrest() -> None:
    assert all(date is None for _, date, _ in arrests_of(TEXT))


def test_both_pleaded_is_each_ones_plea() -> None:
    # near miss: a group told whole pleads as a group
    text = (
        "Ann Voss, 20, and Bo Tran, 21, were charged with robbery. Both pleaded guilty Wednesday."
    )
    pleas = {person for person, kind, _ in court_of(text) if kind == "plea"}
    assert pleas == {"Ann Voss", "Bo Tran"}
