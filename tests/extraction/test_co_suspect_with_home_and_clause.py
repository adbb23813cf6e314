"""A co-suspect described by his age and home, then a relative clause of his arrest, is one
besides the named (extraction/unnamed_suspects.py): "A 15-year-old boy from Elmdale who was
arrested on suspicion of burglary has been released on bail"."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of

_LEAD = "Rob Vance, aged 27, has been charged with burglary. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "A 15-year-old boy from Elmdale who was arrested on suspicion of burglary "
            "on the same day has been released on bail.",
            Counter({("Rob Vance", 27): 1, (None, 15): 1}),
        ),
        # Near miss: one from a town the harm was done to.
        (
            _LEAD + "A 15-year-old boy from Elmdale who was robbed last week has spoken to police.",
            Counter({("Rob Vance", 27): 1}),
        ),
    ],
)
def test_a_co_suspect_told_with_his_home(text: str, expected: Counter) -> None:
    assert suspects_of(text) == expected
