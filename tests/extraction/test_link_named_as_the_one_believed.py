"""Police naming someone "as the man they believe shot and killed" the dead tie him to the
killing before any charge; naming him as a witness does not. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import link_relations_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police have named Aldo Brin as the man they believe shot and killed Vera Koss "
            "on Sunday. Brin remains at large.",
            [("Aldo Brin", "believed responsible", "Vera Koss")],
        ),
        (
            "Detectives identified Aldo Brin, 40, as the man they say stabbed Vera Koss to "
            "death. He has not been found.",
            [("Aldo Brin", "suspect", "Vera Koss")],
        ),
        (
            "Deputies named Aldo Brin as the man investigators believe killed Vera Koss. "
            "He is still being sought.",
            [("Aldo Brin", "believed responsible", "Vera Koss")],
        ),
        # Near miss: the one named is who saw it, not who did it.
        (
            "Vera Koss was shot and killed on Sunday. Police have named Aldo Brin as the man "
            "they believe saw the shooting.",
            [],
        ),
    ],
)
def test_named_as_the_one_believed_to_have_killed(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert link_relations_of(text) == expected
