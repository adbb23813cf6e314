"""One unnamed arrested beside a named suspect, as custody's object ("Officers arrested Dion
Ward, 19, and a 17-year-old boy"), is a suspect of his own with his age
(extraction/unnamed_suspects.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers stopped the car and arrested Dion Ward, 19, and a 17-year-old boy. Ward "
            "was charged with assault.",
            {("Dion Ward", 19): 1, (None, 17): 1},
        ),
        (
            "Two people were arrested after the shooting. Deputies detained Dion Ward, 19, and "
            "a 16-year-old. Ward was charged with assault.",
            {("Dion Ward", 19): 1, (None, 16): 1},
        ),
        # Near miss: the one aged beside the name is his child, not taken.
        (
            "Officers arrested Dion Ward, 19, and took his 17-year-old son to a relative. Ward "
            "was charged with assault.",
            {("Dion Ward", 19): 1},
        ),
    ],
)
def test_one_unnamed_arrested_beside_a_name(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected
