"""The arrest told in a relative clause of someone described by his age ("A 19-year-old man
who was arrested on suspicion of assisting an offender has been bailed") is of that unnamed
one, not of the suspect the report names with another age. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

NAMED = "Dean Quill, 27, of Elm Road, Dunmere, appeared in court on Monday charged with murder.\n\n"


def _arrested(text: str) -> list:
    return [f["person"] for f in facts_of("ArrestMade", text) if not f["prior"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "A 19-year-old man who was arrested on suspicion of assisting an offender has been bailed.",
        "A 19-year-old woman, who was arrested on Sunday, has been released.",
    ],
)
def test_the_described_one_is_arrested(sentence: str) -> None:
    assert _arrested(NAMED + sentence) == [None]


def test_the_named_one_of_that_age_is_arrested() -> None:
    # near miss: the one described has the named suspect's age
    text = NAMED + "The 27-year-old man who was arrested on Saturday remains in custody."
    assert _arrested(text) == ["Dean Quill"]
