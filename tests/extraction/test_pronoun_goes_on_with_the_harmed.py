"""A "he" or "she" that opens a sentence goes on with the one harmed whom the sentence before
opens on and tells of alone: "Cy Hall, 20, had been jailed on theft counts. On March 18, he
went free once bail was posted" is Hall's bail, no suspect's. Where the sentence before
names the suspect too, or opens on him, the pronoun is still read as before. Every sentence
and name is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

CHARGED = "Brann Oduya, 30, was charged with murder in the killing of Teodor Maske. "


@pytest.mark.parametrize(
    "text",
    [
        CHARGED + "Maske, 20, had been held at the jail since his arrest on theft counts. "
        "On March 2, 2023, he went free once $5,000 bail was posted.",
        CHARGED + "Maske had been jailed for a week on a burglary charge. He was released "
        "after posting $2,500 bail.",
        "Wilma Ostrander, 61, is charged with manslaughter in the death of Greta Pohl. Pohl "
        "had been arrested days earlier on a shoplifting count. She was released after "
        "posting $1,000 bond.",
    ],
)
def test_pronoun_of_the_harmed_gives_no_suspect_a_bond(text: str) -> None:
    assert bonds_of(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Teodor Maske was killed on Monday. Brann Oduya, 30, was charged with murder. He is "
        "held on $5,000 bail.",
        CHARGED + "Maske was shot by Oduya outside a bar. He is held on $5,000 bail.",
    ],
)
def test_near_miss_the_suspect_told_before(text: str) -> None:
    assert bonds_of(text) == {("Brann Oduya", 5000, "set")}
