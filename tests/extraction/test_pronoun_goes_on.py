"""A "she" opening a sentence goes on with the "she" that was the subject of the sentence
before, not with a person that sentence names after it as an object."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

LEAD = (
    "Bo Tran, 31, is charged with murder. He was ordered held without bond. "
    "His cousin, Ann Lee, 28, was arrested Tuesday. She is accused of hindering prosecution. "
)


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (
            "Police say she drove Bo Tran to Reno. She was released after posting a $5,000 bond.",
            {("Bo Tran", None, "denied"), ("Ann Lee", 5000, "posted")},
        ),
        # Near miss: a "he" before the name goes on with his own referent, the man.
        (
            "Police say he called Ann Lee from Reno. He was ordered held on a $5,000 bond.",
            {("Bo Tran", None, "denied"), ("Bo Tran", 5000, "set")},
        ),
    ],
)
def test_a_pronoun_goes_on_with_the_subject_pronoun_before(told: str, expected: set) -> None:
    assert bonds_of(LEAD + told) == expected
