"""A group of co-suspects counted without ages and counted again later with them ("arrested
an 18-year-old man and two juveniles ... arrested Bo Tran, 18, and two boys, ages 15 and
16") is one group, told with its ages; a minor named later with another age is not one of
it. The sentences are written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of

_LEDE = "Police arrested a 19-year-old man and two juveniles Tuesday after an armed robbery. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEDE + "Officers served a warrant at a home in Elgin, where they arrested Cal "
            "Dunne, 19, and two boys, ages 14 and 16.",
            {("Cal Dunne", 19): 1, (None, 14): 1, (None, 16): 1},
        ),
        (
            _LEDE + "Officers arrested Cal Dunne, 19, and two teens, ages 14 and 16. Police are "
            "searching for 17-year-old Ray Orr, who is wanted on a warrant for robbery.",
            {("Cal Dunne", 19): 1, ("Ray Orr", 17): 1, (None, 14): 1, (None, 16): 1},
        ),
        # near miss: a group never told with ages stays as counted
        (
            _LEDE + "Officers arrested Cal Dunne, 19, at a home in Elgin.",
            {("Cal Dunne", 19): 1, (None, None): 2},
        ),
    ],
)
def test_a_group_told_again_with_ages_is_one_group(
    text: str, expected: dict[tuple[str | None, int | None], int]
) -> None:
    assert suspects_of(text) == Counter(expected)
