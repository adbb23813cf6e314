"""A pair told by their tie ("his parents", "her grandparents") followed by a bare verb of
harm and the one it was done to ("his parents killed him") did the harm: they are no pair
of victims. Told with an auxiliary ("were killed", "were found dead") they are. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import described_victims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police say his parents killed him.", []),
        ("Police say his grandparents shot him and his sister.", []),
        ("Prosecutors say her parents beat her for months.", []),
        # Near misses: the pair harmed.
        (
            "Her parents were killed in the crash.",
            [(None, "parents", "killed"), (None, "parents", "killed")],
        ),
        (
            "His parents were found dead in their home.",
            [(None, "parents", "killed"), (None, "parents", "killed")],
        ),
    ],
)
def test_pair_who_did_the_harm(text: str, expected: list) -> None:
    assert described_victims_of(text) == expected
