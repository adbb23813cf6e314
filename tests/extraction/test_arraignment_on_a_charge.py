"""The charge someone's arraignment or indictment is told to be on is filed, as the verb's is
("after his arraignment on a second-degree murder charge", "her indictment on fraud charges",
"appeared for arraignment on a count of arson"; extraction/charge_cues.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cal Voss, 34, was remanded to jail without bail Sunday after his arraignment on a "
            "second-degree murder charge.",
            {("Cal Voss", "second-degree murder", "filed")},
        ),
        (
            "Ann Kolb, 51, resigned from the board after her indictment on wire fraud charges.",
            {("Ann Kolb", "wire fraud", "filed")},
        ),
        (
            "Cal Voss, 34, appeared in court Tuesday for arraignment on a count of arson.",
            {("Cal Voss", "arson", "filed")},
        ),
        (
            "Ann Kolb, 51, appeared by video from the county jail for an arraignment on two "
            "counts of wire fraud.",
            {("Ann Kolb", "wire fraud", "filed")},
        ),
        # Near misses: an arraignment told by its day, or by what it was on besides a charge.
        ("Cal Voss, 34, appeared in court Tuesday for arraignment on Friday.", set()),
        ("Cal Voss, 34, was held until his arraignment on Monday.", set()),
        ("Cal Voss, 34, was held until his arraignment on suspicion of theft.", set()),
    ],
)
def test_the_charge_an_arraignment_is_on(text: str, expected: set) -> None:
    assert charges_of(text) == expected
