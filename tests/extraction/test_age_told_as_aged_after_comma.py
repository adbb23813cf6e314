"""One described with her age after a comma, as British and Irish reports give it ("A woman,
aged 38, who was arrested yesterday on suspicion of assisting an offender"), is an unnamed
co-suspect, arrested that day, and the custody is not the named suspect's. The sentences are
written for these tests (published Thursday 14 March 2024)."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import arrests_of, suspects_of

_LEAD = "Kyle Dunne, 19, was charged with murder. Dunne was arrested on Sunday morning. "


@pytest.mark.parametrize(
    "sentence",
    [
        "A woman, aged 38, who was arrested yesterday on suspicion of assisting an offender "
        "has been released under investigation.",
        "A man, aged 38, who was arrested yesterday has been released on bail.",
    ],
)
def test_one_aged_after_a_comma_is_arrested(sentence: str) -> None:
    text = _LEAD + sentence
    assert suspects_of(text) == Counter({("Kyle Dunne", 19): 1, (None, 38): 1})
    assert arrests_of(text) == {("Kyle Dunne", "2024-03-10", False), (None, "2024-03-13", False)}


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the one described so is harmed, or only questioned
        "A woman, aged 38, who was stabbed in the attack remains in hospital.",
        "A woman, aged 38, who was questioned yesterday has been released.",
    ],
)
def test_one_aged_after_a_comma_not_taken_is_no_suspect(sentence: str) -> None:
    text = _LEAD + sentence
    assert suspects_of(text) == Counter({("Kyle Dunne", 19): 1})
    assert arrests_of(text) == {("Kyle Dunne", "2024-03-10", False)}


@pytest.mark.parametrize(
    "sentence",
    [
        # an ordinal before the noun: someone besides the named suspect
        "A second man, aged 38, who was arrested on suspicion of assisting an offender, has "
        "been released on bail.",
        "A third woman, aged 38, who was arrested yesterday has been released.",
    ],
)
def test_one_counted_and_aged_after_a_comma_is_a_suspect(sentence: str) -> None:
    assert suspects_of(_LEAD + sentence) == Counter({("Kyle Dunne", 19): 1, (None, 38): 1})
