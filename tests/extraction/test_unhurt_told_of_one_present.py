"""One present at the attack whom the report tells unharmed by a pronoun: past what he did ("A
15-year-old boy who was in the home hid in a closet and called 911. He was not injured."), or
after a semicolon in one sentence ("a round went into a bedroom where a 4-year-old girl was
asleep; she was not hurt"), is an unharmed victim; a pronoun of the other sex, or a sentence
about the accused, tells of no one present. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of

LEAD = "A man and a woman were shot to death inside a home early Sunday, police said. "


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        (
            "A 15-year-old boy who was in the home during the shooting hid in a closet and "
            "called 911, police said. He was not injured.",
            15,
        ),
        (
            "One of the rounds went through a wall and into a back bedroom where a 4-year-old "
            "girl was asleep; she was not hurt.",
            4,
        ),
    ],
)
def test_one_present_told_unhurt(sentence: str, age: int) -> None:
    assert (None, age, "unharmed") in victims_of(LEAD + sentence)


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        # near misses: the other sex's pronoun; the accused's sentence
        (
            "One of the rounds went through a wall and into a back bedroom where a 4-year-old "
            "girl was asleep; he was not hurt.",
            4,
        ),
        ("Deputies arrested a 41-year-old man at a traffic stop; he was not hurt.", 41),
    ],
)
def test_no_one_present_told(sentence: str, age: int) -> None:
    assert (None, age, "unharmed") not in victims_of(LEAD + sentence)
