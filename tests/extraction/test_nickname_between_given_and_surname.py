"""A nickname told between the given name and the surname with "alias" or "urf", as Indian
reports give it ("Amit alias Bunty Shinde (24)"), is no part of the name: the person is the
given name and the surname. The sentences are written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PUNE: Police on Monday arrested two men. The arrested accused are Ravi Kale (29) "
            "and Nitin alias Pappu Gore (24), both residents of Hadapsar.",
            {("Ravi Kale", 29): 1, ("Nitin Gore", 24): 1},
        ),
        (
            "Police arrested Suresh urf Chhotu Yadav (31) on Sunday. Yadav was produced in court.",
            {("Suresh Yadav", 31): 1},
        ),
        # near misses: a stage name told with "alias" after the full name; no surname after
        (
            "Police arrested Nitin Gore alias Pappu on Sunday.",
            {("Nitin Gore", None): 1},
        ),
    ],
)
def test_a_nickname_between_is_no_part_of_the_name(
    text: str, expected: dict[tuple[str | None, int | None], int]
) -> None:
    assert suspects_of(text) == Counter(expected)
