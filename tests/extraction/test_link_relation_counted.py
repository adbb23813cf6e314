"""The relation a sentence that counts someone's other killings tells: what the police
believe he did is "believed responsible", and the investigators who say it are no
investigation of him. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        (
            "Investigators now believe Ray Dobbs killed at least two other women in the county "
            "in 2019, the sheriff said.",
            "believed responsible",
        ),
        (
            "Detectives believe that Ray Dobbs murdered two other women, the sheriff said.",
            "believed responsible",
        ),
        # near misses: one the investigators question is a person of interest; a suspect
        # is a suspect
        (
            "Investigators want to question Ray Dobbs about two other killings, the sheriff said.",
            "person of interest",
        ),
        (
            "Investigators said Ray Dobbs is also a suspect in two other killings.",
            "suspect",
        ),
    ],
)
def test_the_relation_of_counted_other_killings(sentence: str, relation: str) -> None:
    text = f"{sentence} Dobbs, 52, is charged with the murder of Lana Fisk."
    relations = {f["relation"] for f in facts_of("LinkedToHomicide", text)}
    assert relations == {relation}
