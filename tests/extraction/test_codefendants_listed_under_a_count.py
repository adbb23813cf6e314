"""The others of a case listed under a count's label after an unnamed member ("The others are
a nurse whose name was not released and two men: Ann Lee and Bo Tran") are suspects, as they
are when the names follow "The others are" at once. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of

_LEAD = "Deputies arrested Ronan Vance, 34, on Tuesday in Dayton. He is one of four defendants. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "The others are a former deputy whose name was not released and two "
            "women: Kira Mott and Lena Osei.",
            {"Ronan Vance", "Kira Mott", "Lena Osei"},
        ),
        (
            _LEAD + "The others are a pharmacist and three men: Kira Mott, Oren Bask and "
            "Lena Osei.",
            {"Ronan Vance", "Kira Mott", "Oren Bask", "Lena Osei"},
        ),
        (
            _LEAD + "The others are an unnamed juvenile and two brothers: Kira Mott and Oren Mott.",
            {"Ronan Vance", "Kira Mott", "Oren Mott"},
        ),
        # near miss: those listed are the ones he is said to have harmed
        (
            _LEAD + "He robbed a cashier and two women: Kira Mott and Lena Osei.",
            {"Ronan Vance"},
        ),
    ],
)
def test_codefendants_listed_under_a_count(text: str, expected: set) -> None:
    assert {name for name, _ in suspects_of(text)} == expected
