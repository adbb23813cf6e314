"""A victim told by a role the report qualifies (extraction/victim_phrases.py): "the store
clerk", "the driver of the other car", struck or hit where the body is named, or treated
where she was found before being taken to a hospital."""

from __future__ import annotations

import pytest

from tests.extraction.reading import outcomes_of

_LEAD = "Rob Vance, 31, was arrested Monday and charged with robbery. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun before the role says what it is of.
        (
            _LEAD + "The store clerk, a 61-year-old woman, was struck in the head with a gun.",
            [(None, "injured")],
        ),
        (
            _LEAD + "The pizza delivery driver was stabbed in the arm.",
            [(None, "injured")],
        ),
        # What the role is of, in two words.
        (
            _LEAD + "The driver of the other car, 52, was injured.",
            [(None, "injured")],
        ),
        # Hit where the body is named.
        (
            _LEAD + "The husband, who is 78, was hit in the face with a pistol.",
            [(None, "injured")],
        ),
        # Treated at the scene, then taken to a hospital.
        (
            _LEAD + "The driver of the van, a 52-year-old woman, was treated at the scene by "
            "paramedics before being taken to Marlow Base Hospital.",
            [(None, "injured")],
        ),
        # Near misses: a role that is a part in the crime, and a hit that is no blow.
        (_LEAD + "The getaway driver was injured in the crash.", []),
        (_LEAD + "The store clerk was hit with a demand for cash.", []),
    ],
)
def test_a_qualified_role_harmed_is_a_victim(text: str, expected: list) -> None:
    assert outcomes_of(text) == expected
