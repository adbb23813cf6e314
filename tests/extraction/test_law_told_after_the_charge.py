"""The law a charge falls under, told after its name without a section's number ("criminal
conspiracy under the relevant sections of the penal code", "under various provisions of the
Act"), is no part of the name; "driving under the influence" keeps its "under". Every sentence
is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bo Tran, 32, was booked for kidnapping and criminal conspiracy under the relevant "
            "sections of the Penal Code.",
            {("Bo Tran", "kidnapping", "filed"), ("Bo Tran", "criminal conspiracy", "filed")},
        ),
        (
            "Bo Tran, 32, was charged with forgery under various provisions of the Penal Code.",
            {("Bo Tran", "forgery", "filed")},
        ),
        # near misses: an "under" that is part of the name
        (
            "Bo Tran, 32, was charged with driving under the influence.",
            {("Bo Tran", "driving under the influence", "filed")},
        ),
        (
            "Bo Tran, 32, was charged with having weapons while under disability.",
            {("Bo Tran", "having weapons while under disability", "filed")},
        ),
    ],
)
def test_the_law_told_after_a_charge(text: str, expected: set) -> None:
    assert charges_of(text) == expected
