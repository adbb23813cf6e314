"""Someone who "stays jailed" or "stayed jailed" is told in a state of custody, as one who
"remains jailed" is, not taken into it: no arrest (extraction/custody_words.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Second man charged in clerk's killing stays jailed without bail after hearing", []),
        ("Cal Voss, 34, charged with arson, stayed jailed on Friday after his hearing.", []),
        ("Ann Kolb, 51, will stay jailed until her trial on fraud charges.", []),
        # Near miss: one jailed is taken into custody.
        ("Cal Voss, 34, was jailed on an arson charge Friday.", ["Cal Voss"]),
    ],
)
def test_stays_jailed_is_a_state(text: str, expected: list) -> None:
    assert arrested_in(text) == expected
