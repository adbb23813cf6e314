"""An arrest told with what the one arrested is accused of (extraction/arrests.py,
unnamed_counts.py, court_people.py): the crime's day and the people harmed in it belong to
the crime, not to the arrest."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrests_of, suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The day of the crime he is accused of is not the day of his arrest.
        (
            "A man accused of shooting two people outside a bar early Sunday has been arrested. "
            "Rob Vance, 31, is charged with felonious assault.",
            {("Rob Vance", None, False)},
        ),
        (
            "A man wanted in a Saturday shooting has been arrested. Rob Vance, 31, is charged "
            "with felonious assault.",
            {("Rob Vance", None, False)},
        ),
        # Near misses: a day told of the arrest itself, before or after its verb.
        (
            "Police on Monday arrested a man accused of shooting two people. Rob Vance, 31, is "
            "charged with felonious assault.",
            {("Rob Vance", "2024-03-11", False)},
        ),
        (
            "A man accused of shooting two people was arrested Monday. Rob Vance, 31, is charged "
            "with felonious assault.",
            {("Rob Vance", "2024-03-11", False)},
        ),
    ],
)
def test_the_crime_s_day_is_not_the_arrest_s(text: str, expected: set) -> None:
    assert arrests_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Those he shot are not counted among the arrested.
        ("A man accused of shooting two people was arrested Monday, police said.", 1),
        ("A man accused of robbing two women was taken into custody Monday.", 1),
        # Near miss: a counted group as the subject of custody.
        ("Two men were arrested Monday in the shooting, police said.", 2),
    ],
)
def test_those_harmed_are_not_counted_as_arrested(text: str, expected: int) -> None:
    assert sum(suspects_of(text).values()) == expected
