"""Custody told of a group in a clause cut short ("one of four people detained after the raid",
"the two suspects detained Tuesday") is an arrest of each one it is told of, as "four people
arrested" is; held for questioning is none. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrests_of


@pytest.mark.parametrize(
    ("text", "arrests"),
    [
        (
            "Ada Moss, 33, was charged with burglary. She was one of four people detained after "
            "the raid.",
            {("Ada Moss", None, False)},
        ),
        (
            "Ada Moss, 33, and Ben Cole, 35, the two suspects detained Tuesday, were charged with "
            "burglary.",
            {("Ada Moss", "2024-03-12", False), ("Ben Cole", "2024-03-12", False)},
        ),
        (
            "Ada Moss, 33, was charged with burglary. Moss was among the women detained at the "
            "depot that night.",
            {("Ada Moss", None, False)},
        ),
    ],
)
def test_group_told_detained_is_arrested(text: str, arrests: set) -> None:
    assert arrests_of(text) == arrests


def test_group_detained_for_questioning_is_not_arrested() -> None:
    # near miss: held for questioning, no arrest
    text = (
        "Ada Moss, 33, was charged with burglary. She was one of four people detained for "
        "questioning after the raid."
    )
    assert arrests_of(text) == set()
