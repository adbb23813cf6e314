"""An act on something told before ("charged with violating it") names no offence
(extraction/offence_names.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Green had a restraining order against Mark Hale, 36. He was charged with "
            "violating it.",
            set(),
        ),
        # Near miss: the order named in the charge.
        (
            "Mark Hale, 36, was charged with violating a restraining order.",
            {("Mark Hale", "violating a restraining order", "filed")},
        ),
    ],
)
def test_an_act_on_a_pronoun_is_no_charge(text: str, expected: set) -> None:
    assert charges_of(text) == expected
