"""An arrest's day told after an age in a clause of its own ("arrested Bo Tran, who is 34, on
Tuesday"): the clause only gives the age, so the day is still the arrest's
(extraction/arrest_dates.py). A relative clause that tells a deed keeps its day."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrests_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrested Omar Diallo, who is 34, on Tuesday. He is charged with robbery.",
            {("Omar Diallo", "2024-03-12", False)},
        ),
        (
            "Deputies arrested Ana Ruiz, who was 19, on March 2 and charged her with arson.",
            {("Ana Ruiz", "2024-03-02", False)},
        ),
        # Near miss: the day of what the relative clause tells is the deed's, not the arrest's.
        (
            "Police arrested Omar Diallo, who is accused of shooting a man on Tuesday. He is "
            "charged with assault.",
            {("Omar Diallo", None, False)},
        ),
    ],
)
def test_arrest_day_after_an_age_clause(text: str, expected: set) -> None:
    assert arrests_of(text) == expected
