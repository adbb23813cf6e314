"""The charge someone's arraignment or indictment is told to be on is filed, as the verb's is
("after his arraignment on a second-degree murder charge", "her indictment on fraud charges";
extraction/charge_cues.py)."""

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
        # Near misses: an arraignment told by its day, or by what it was on besides a charge.
        ("Cal Voss, 34, was held until his arraignment on Monday.", set()),
        ("Cal Voss, 34, was held until his arraignment on suspicion of theft.", set()),
    ],
)
def test_the_charge_an_arraignment_is_on(text: str, expected: set) -> None:
    assert charges_of(text) == expected
