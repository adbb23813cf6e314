"""Probation told with more than one word of its kind is probation, not a custody term the
length would give ("three years of active supervised probation", "two years of inactive
probation"; extraction/term_kinds.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import terms_of

_PLEA = "Rey Ochoa, 27, pleaded guilty to aggravated battery. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _PLEA + "The judge placed Ochoa on three years of active supervised probation.",
            {("Rey Ochoa", "probation", 3)},
        ),
        (
            _PLEA + "The judge sentenced Ochoa to two years of inactive probation.",
            {("Rey Ochoa", "probation", 2)},
        ),
        # Near miss: a term with no word of probation after it stays custody.
        (
            _PLEA + "The judge sentenced Ochoa to three years, with active supervision to follow.",
            {("Rey Ochoa", "prison", 3)},
        ),
    ],
)
def test_probation_told_in_several_words(text: str, expected: set) -> None:
    assert terms_of(text) == expected
