"""A court round-up told after the story as the court's other business ("In other Talbridge
County court business Tuesday, ...", "In other proceedings, ...") is another matter: the one
named there is no suspect of the case (extraction/scope_words.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of

_STORY = "Ann Lee, 53, of Harlow, made her first appearance Tuesday on a charge of arson. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _STORY + "In other Talbridge County court business Tuesday, a Milton man, Cal Drury, "
            "41, made his first appearance on a charge of drunken driving.",
            {("Ann Lee", 53)},
        ),
        (
            _STORY + "In other proceedings, Cal Drury, 41, was charged with drunken driving.",
            {("Ann Lee", 53)},
        ),
        # Near miss: the case's own business told as other than the hearing.
        (
            _STORY + "Among other business, the judge ordered that Cal Drury, 41, who was "
            "arrested with her, be held on a charge of arson.",
            {("Ann Lee", 53), ("Cal Drury", 41)},
        ),
    ],
)
def test_the_court_s_other_business_is_another_matter(text: str, expected: set) -> None:
    assert set(suspects_of(text)) == expected
