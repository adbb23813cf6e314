"""A stage name and the legal name told beside it are one person, named by the legal name,
however the report tells the legal name: "legally named", "birth name", "legally known
as", "whose legal name is" closing an appositive told of the stage name, also in a clause that
opens the sentence and refers to the person by a pronoun. The sentences are written for
these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    "text",
    [
        "Rapper Kade Vell appeared in court Friday on drug charges. Born in Marlow and legally "
        "named Oren Dask, he was arrested Thursday at the arena.",
        "Kade Vell, legally named Oren Dask, was charged with robbery.",
        "Kade Vell (birth name Oren Dask) was charged with robbery.",
        "Kade Vell, whose birth name is Oren Dask, was charged with robbery.",
        "Kade Vell, a Marlow singer whose legal name is Oren Dask, was charged with robbery.",
        "Kade Vell, the drummer whose real name is Oren Dask, was charged with robbery.",
        "Kade Vell was charged with robbery. It was a bad year for the drummer, legally known "
        "as Oren Dask.",
    ],
)
def test_legal_name_names_the_suspect(text: str) -> None:
    assert suspects_of(text) == Counter({("Oren Dask", None): 1})


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a relative's name, or no legal name told
        "Oren Dask was charged with robbery. His mother, legally named Ann Lee, spoke to "
        "reporters.",
        "Oren Dask was charged with robbery. Kade Vell, his manager, spoke to reporters.",
        "Oren Dask was charged with robbery. His mother, whose legal name is Ann Lee, spoke to "
        "reporters.",
    ],
)
def test_other_names_are_not_the_suspects(text: str) -> None:
    assert suspects_of(text) == Counter({("Oren Dask", None): 1})
