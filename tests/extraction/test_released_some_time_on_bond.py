"""A release on a bond with its time told in words between ("was released last week on a
$25,000 bond", "early Friday morning") is the bond posted, as "released Friday on" is; a
release on one's own recognizance posts none. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

CHARGED = "Kay Lund, 34, was charged with fraud. "


@pytest.mark.parametrize(
    ("told", "bonds"),
    [
        ("She was released last week on a $25,000 bond.", {("Kay Lund", 25000, "posted")}),
        ("She was released early Friday morning on a $25,000 bond.",
         {("Kay Lund", 25000, "posted")}),
        # near miss: a release on her own promise
        ("She was released last week on her own recognizance.", {("Kay Lund", None, "set")}),
    ],
)  # fmt: skip
def test_released_some_time_on_bond(told: str, bonds: set) -> None:
    assert bonds_of(CHARGED + told) == bonds
