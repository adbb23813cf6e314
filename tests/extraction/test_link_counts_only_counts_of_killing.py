"""A count of charges counts the dead only when the charges are for a killing: "three counts of
murder" ties the suspect to three deaths, but "12 counts of fraud" (or "all 21 counts against
him") counts charges of any kind and ties him to no more than the killing the sentence names.
On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import links_of


@pytest.mark.parametrize(
    "text",
    [
        "Lorne Baptiste, who already faces 12 counts of fraud, is a suspect in the killing of "
        "Ida Marsh, police said.",
        "Police said Lorne Baptiste, held on nine counts of burglary, is a person of interest in "
        "the death of Ida Marsh.",
        "Lorne Baptiste, on bail on 14 counts of forgery, is a suspect in the killing of Ida "
        "Marsh, detectives said.",
        "Lorne Baptiste, who was indicted on five counts of arson last year, is a person of "
        "interest in the killing of Ida Marsh.",
    ],
)
def test_counts_of_other_charges_count_no_dead(text: str) -> None:
    assert links_of(text) == [("Lorne Baptiste", "Ida Marsh")]


def test_counts_of_murder_still_count_the_dead() -> None:
    # near miss: the counts are of murder, so each is a death
    text = (
        "Lorne Baptiste, 52, was arrested on suspicion of three counts of murder in the deaths "
        "of Ida Marsh and two of her neighbours."
    )
    assert links_of(text) == [("Lorne Baptiste", None)] * 2 + [("Lorne Baptiste", "Ida Marsh")]
