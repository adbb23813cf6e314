"""An arrest or a case dated years before the report's case is a record, however the sentence
words it: "was arrested on Aug. 14, 2021, on a DWI charge" in a report of a crash this year,
"her first DWI case, from 2021, ended with a plea". An arrest dated back that the sentence ties
to the case's own incident ("days after the shooting") is the case's, tried late. Every
sentence here is invented."""

from __future__ import annotations

import datetime

import pytest

from casefile.extraction import extract_facts

_PUBLISHED = datetime.date(2025, 3, 12)


def _arrests(text: str) -> set[tuple[str | None, str | None, bool]]:
    return {
        (f.fields["person"], f.fields["date"], f.fields["prior"])
        for f in extract_facts(text, _PUBLISHED)
        if f.kind == "ArrestMade"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Quill, 27, was charged with vehicular homicide on Saturday. Prosecutors also "
            "pointed to her record: Quill was arrested on Aug. 14, 2021, on a DWI charge that "
            "was later pleaded down to reckless driving.",
            {("Ada Quill", "2021-08-14", True)},
        ),
        (
            "Ada Quill, 27, was charged with vehicular homicide on Saturday. Quill was arrested "
            "on Aug. 14, 2021, on a DWI charge.",
            {("Ada Quill", "2021-08-14", True)},
        ),
        # near misses: this case's arrest, lately or long ago
        (
            "Ada Quill, 27, was charged with vehicular homicide. She was arrested on March 8 at "
            "her home.",
            {("Ada Quill", "2025-03-08", False)},
        ),
        (
            "Ada Quill, 27, went on trial Monday in the killing of her neighbor. She was "
            "arrested on Aug. 14, 2021, days after the shooting.",
            {("Ada Quill", "2021-08-14", False)},
        ),
    ],
)
def test_an_arrest_dated_years_back_is_a_record(text: str, expected: set) -> None:
    assert _arrests(text) == expected


def test_a_case_told_as_of_its_year_is_a_record() -> None:
    text = (
        "Ada Quill, 27, pleaded guilty to two counts of vehicular homicide. Quill's own first "
        "DWI case, from 2021, ended with a plea to reckless driving and a fine, court records "
        "show."
    )
    charges = {
        (f.fields["charge"], f.fields["status"])
        for f in extract_facts(text, datetime.date(2025, 10, 23))
        if f.kind == "ChargeFiled"
    }
    assert charges == {("vehicular homicide", "convicted")}
