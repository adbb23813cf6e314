"""A request to free the accused on bond that the court turns down is bail denied ("turned
down a defense request to release Bo Tran on bond", "denied a motion to release him on bail";
extraction/bond_words.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

_LEAD = "Bo Tran, 27, is charged with murder. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "At a hearing Jan. 12, Judge Ann Hale turned down a defense request to "
            "release Tran on bond.",
            {("Bo Tran", None, "denied")},
        ),
        (
            _LEAD + "Judge Ann Hale denied a motion to release him on bail.",
            {("Bo Tran", None, "denied")},
        ),
        # Near misses: a request granted, and one only made.
        (_LEAD + "Judge Ann Hale granted a defense request to release Tran on bond.", set()),
        (_LEAD + "His lawyer filed a request to release Tran on bond.", set()),
    ],
)
def test_a_refused_request_to_release_on_bond(text: str, expected: set) -> None:
    assert bonds_of(text) == expected
