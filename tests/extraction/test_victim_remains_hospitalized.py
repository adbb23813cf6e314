"""One told as still in a hospital or a grave state is hurt (extraction/victim_phrases.py):
"Her son remains hospitalized", "The boy remains in critical condition"; one who remains in
custody is not."""

from __future__ import annotations

import pytest

from tests.extraction.reading import outcomes_of

_LEAD = "Rob Vance, 31, was arrested Tuesday after a shooting. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "Her son remains hospitalized.", [(None, "injured")]),
        (_LEAD + "The boy remains in critical condition.", [(None, "injured")]),
        (_LEAD + "The 12-year-old girl remained in stable condition Friday.", [(None, "injured")]),
        # Near misses: a state of custody, or of the case.
        (_LEAD + "The boy remains in custody.", []),
        (_LEAD + "The driver remains in the county jail.", []),
    ],
)
def test_one_still_in_hospital_is_hurt(text: str, expected: list) -> None:
    assert outcomes_of(text) == expected
