"""A word for the day told relative to the report's ("Today", "Yesterday", "Tonight") that
opens a clause or a quote before a name is no part of the name. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'In a statement, the prosecutor said: "Today Orin J. Kestrel pleaded guilty to '
            'one count of robbery."',
            {("Orin J. Kestrel", None): 1},
        ),
        (
            "Yesterday Mila Ostrova, 33, was charged with arson, police said.",
            {("Mila Ostrova", 33): 1},
        ),
        (
            'The sheriff wrote: "Tonight Tadeo Brill was arrested without incident."',
            {("Tadeo Brill", None): 1},
        ),
        (
            "Tomorrow Bex Larue will be arraigned on a charge of burglary. Larue was arrested "
            "on Monday.",
            {("Bex Larue", None): 1},
        ),
        # Near miss: the day told after the name leaves the name as it is.
        (
            "Orin Kestrel was charged today with robbery.",
            {("Orin Kestrel", None): 1},
        ),
    ],
)
def test_relative_day_before_a_name(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected
