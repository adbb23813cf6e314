"""A verdict told with its day between the name and the charges ("A jury convicted Dale Voss,
23, on June 13 of second-degree murder and robbery") reads every charge after "of": the "on"
is the day's, not the verdict's, as with a weekday. "Convicted on charges of" still reads its
list. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    "sentence",
    [
        "A jury convicted Dale Voss, 23, on June 13 of second-degree murder and robbery with a "
        "deadly weapon in the death of Abe Lund, 27.",
        "A jury convicted Dale Voss, 23, on Jan. 9, 2024, of second-degree murder and robbery "
        "with a deadly weapon.",
        # near miss: the verdict's own "on", with its list
        "Dale Voss, 23, was convicted on charges of second-degree murder and robbery with a "
        "deadly weapon.",
    ],
)
def test_verdict_on_a_month_day(sentence: str) -> None:
    assert charges_of(sentence) == {
        ("Dale Voss", "second-degree murder", "convicted"),
        ("Dale Voss", "robbery with a deadly weapon", "convicted"),
    }
