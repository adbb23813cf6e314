"""An age told of a co-suspect the report describes without a name is his, not the named
suspect's (extraction/ages.py, unnamed_suspects.py): "a 16-year-old male juvenile was also
taken into custody", "a second suspect, a 16-year-old, is being held", "the 16-year-old
arrested with Bo Tran"."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sex word before "juvenile", as police releases write it.
        (
            "Officers arrested Rob Vance at a house on Monday. A 15-year-old male juvenile was "
            "also taken into custody and charged with robbery.",
            Counter({("Rob Vance", None): 1, (None, 15): 1}),
        ),
        # An ordinal suspect held, his age in the aside.
        (
            "Rob Vance appeared before a magistrate on Tuesday. A second suspect, a 17-year-old, "
            "is being held at a youth detention center.",
            Counter({("Rob Vance", None): 1, (None, 17): 1}),
        ),
        # An age that opens a description ending in "with" and a name is the other one's.
        (
            "A grand jury indicted a 20-year-old Marlow man on Thursday. The indictment against "
            "Rob Vance lists two counts of assault. Prosecutors asked to move the case of the "
            "16-year-old arrested with Vance to adult court.",
            Counter({("Rob Vance", 20): 1}),
        ),
        # Near misses: his own age before his name, and "a second man" held, the lede of the
        # one named next.
        (
            "Police said the 24-year-old accused gunman Rob Vance was arrested Monday.",
            Counter({("Rob Vance", 24): 1}),
        ),
        (
            "Police arrested Rob Vance, 20, on Monday. A second man is being held at the "
            "county jail.",
            Counter({("Rob Vance", 20): 1}),
        ),
    ],
)
def test_a_co_suspect_s_age_is_his_own(text: str, expected: Counter) -> None:
    assert suspects_of(text) == expected
