"""A verdict on a number alone that stands for the people the report counted ("convicted the
two of kidnapping", "found the three guilty of robbery") is a verdict on each of them; "the
murder of the two of them" names those killed, no one convicted. Every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bo Tran and Cy Hall were arrested. The judge convicted the two of kidnapping for "
            "ransom on Monday.",
            {
                ("Bo Tran", "kidnapping for ransom", "convicted"),
                ("Cy Hall", "kidnapping for ransom", "convicted"),
            },
        ),
        (
            "Bo Tran, Cy Hall and Ann Lee were arrested. A jury found the three guilty of "
            "robbery on Monday.",
            {
                ("Bo Tran", "robbery", "convicted"),
                ("Cy Hall", "robbery", "convicted"),
                ("Ann Lee", "robbery", "convicted"),
            },
        ),
        # near misses: the two harmed, and one of the group convicted alone
        (
            "Bo Tran and Cy Hall were arrested in the deaths of two men. Bo Tran was charged "
            "with the murder of the two of them.",
            {("Bo Tran", "murder", "filed")},
        ),
        (
            "Bo Tran and Cy Hall were arrested. Cy Hall was convicted of robbery.",
            {("Cy Hall", "robbery", "convicted")},
        ),
    ],
)
def test_a_verdict_on_the_counted_group(text: str, expected: set) -> None:
    assert charges_of(text) == expected
