"""A person of interest in a death told by its means ("in the 2009 drowning of his first wife")
is tied to that death, as one in "the 2009 death of" is; a person of interest in a
disappearance stays none. On sentences written for these tests."""

from __future__ import annotations

from tests.extraction.reading import link_relations_of

CASE = (
    "Dale Voss, 56, was convicted Thursday of first-degree murder in the 2022 killing of his "
    "business partner, Abe Lund. "
)


def test_person_of_interest_in_a_drowning() -> None:
    text = CASE + (
        "Investigators continue to treat Voss as a person of interest in the 2009 drowning of "
        "his first wife at Lake Marlow."
    )
    assert link_relations_of(text) == [("Dale Voss", "person of interest", None)]


def test_person_of_interest_in_a_disappearance() -> None:
    # near miss: no death told
    text = CASE + (
        "Investigators continue to treat Voss as a person of interest in the 2009 "
        "disappearance of his first wife."
    )
    assert link_relations_of(text) == []
