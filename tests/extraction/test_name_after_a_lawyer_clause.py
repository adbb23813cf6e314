"""A name right after a clause that ends on "his lawyer," is the lawyer only when the name is an
apposition, closed by a comma or the sentence's end ("His lawyer, Ann Kolb, said", "said his
attorney, Ann Kolb."); a name that goes straight on to its own verb is the subject of the
sentence ("Asked whether he could pay for his own lawyer, Voss said he was not sure"), and the
suspect it names stays the suspect (extraction/name_cues.py)."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cal Voss, 34, was arraigned Monday on a charge of arson. Asked whether he could "
            "pay for his own lawyer, Voss said he was not sure.",
            {("Cal Voss", 34): 1},
        ),
        (
            "Ann Kolb, 51, was charged Friday with theft. After meeting with her attorney, Kolb "
            "pleaded not guilty.",
            {("Ann Kolb", 51): 1},
        ),
        (
            "Police arrested Dario Pienaar, 22, on Sunday. Told of his public defender, "
            "Pienaar declined to speak.",
            {("Dario Pienaar", 22): 1},
        ),
        # Near misses: the lawyer told in an apposition is no suspect.
        (
            "Cal Voss, 34, was charged with arson. His lawyer, Ann Kolb, said he is innocent.",
            {("Cal Voss", 34): 1},
        ),
        (
            "Cal Voss, 34, was charged with arson, said his attorney, Ann Kolb of Dayton.",
            {("Cal Voss", 34): 1},
        ),
    ],
)
def test_a_name_after_a_lawyer_clause(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)
