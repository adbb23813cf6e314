"""A spouse brought in by relation ("his wife, Ann Tran", "her estranged husband, Bo Tran")
is called by her full or given name after, as a child or a parent so brought in is: a bare
surname the two share means the one the story is about. The sentences are written for
these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "suspect", "age"),
    [
        (
            "On Monday, Dov Kell was ordered to spend his life in prison. The Marlow man "
            "admitted killing his wife, Ines Kell, last year. Kell received three life terms.",
            "Dov Kell",
            None,
        ),
        (
            "Ines Kell, 30, is accused of poisoning her husband, Dov Kell. Kell was ordered "
            "held without bail.",
            "Ines Kell",
            30,
        ),
        (
            "Dov Kell stabbed his ex-wife, Ines Kell, at her home, police said. Kell was "
            "arrested at a motel.",
            "Dov Kell",
            None,
        ),
    ],
)
def test_bare_surname_is_not_the_spouse_named_by_relation(
    text: str, suspect: str, age: int | None
) -> None:
    assert suspects_of(text) == Counter({(suspect, age): 1})


@pytest.mark.parametrize(
    "text",
    [
        # near miss: the spouse is the one named first, the other by relation
        "Ines Kell was found dead at home. Her husband, Dov Kell, 41, was arrested. Kell was "
        "charged with murder.",
    ],
)
def test_spouse_named_first_keeps_the_relation_rule(text: str) -> None:
    assert suspects_of(text) == Counter({("Dov Kell", 41): 1})
