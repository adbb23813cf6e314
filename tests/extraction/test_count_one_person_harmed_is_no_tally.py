"""A count of people one person is said to have harmed ("Police say he killed three people
last year") is his deed, so each is a victim of the case whatever time it is told at; a count
told over a span with no one doing it ("Fourteen people were killed in the county last year")
stays a tally and names no victim. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harlan Voss, 41, faces murder charges. Police say he killed three people last year.",
            [(None, None, "killed")] * 3,
        ),
        (
            "Harlan Voss, 41, faces murder charges. Prosecutors say she killed two people over "
            "June 3 and June 4 of last year.",
            [(None, None, "killed")] * 2,
        ),
        (
            "Harlan Voss, 41, faces assault charges. Deputies say he allegedly wounded two "
            "people last year.",
            [(None, None, "injured")] * 2,
        ),
        # near miss: a tally with no doer
        (
            "Harlan Voss, 41, faces murder charges. Fourteen people were killed in the county "
            "last year.",
            [],
        ),
    ],
)
def test_count_one_person_harmed(text: str, expected: list) -> None:
    assert victims_of(text) == expected
