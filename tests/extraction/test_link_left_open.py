"""A link an official declined to state ("declined to say whether he is being looked at in
any other cases") is a question left open, no link; the same words said plainly still are.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import links_of

CHARGED = "Aldo Brin, 40, was charged with murder in the death of Vera Koss, 33. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CHARGED + "The prosecutor declined to say whether the two deaths are connected, "
            "or whether Brin is being looked at in any other cases.",
            [],
        ),
        (
            CHARGED + "Police would not say whether Brin is a suspect in two other killings.",
            [],
        ),
        # Near miss: said plainly, it ties him to the other killings.
        (
            CHARGED + "Police said Brin is also a suspect in two other killings.",
            [("Aldo Brin", None), ("Aldo Brin", None)],
        ),
    ],
)
def test_link_left_open(text: str, expected: list[tuple[str, None]]) -> None:
    assert links_of(text) == expected
