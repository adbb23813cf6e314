"""A prosecutor who "expects to formally charge" a suspect tells an expected charge, as "expects
to charge" does, and in a story of a killing no charge has yet been filed in, the suspect is
tied to it as expected to be charged, though booked "on suspicion of murder" before. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, link_relations_of

LEAD = (
    "For 20 years, the file on Ann Lee sat in a cabinet. On Tuesday, detectives arrested Bo "
    "Tran, 61, of Elkins at his work. He was booked into the county jail on suspicion of "
    "capital murder and is being held without bail. Lee, a 19-year-old student, was found "
    "strangled in 2003. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The prosecuting attorney said he expects to formally charge Tran with capital murder "
        "within days.",
        "Prosecutors expect to formally charge Tran with capital murder next week.",
        "Prosecutors said they plan to charge Tran with capital murder next week.",
    ],
)
def test_expected_charge_and_link(sentence: str) -> None:
    text = LEAD + sentence
    assert ("Bo Tran", "capital murder", "expected") in charges_of(text)
    assert link_relations_of(text) == [("Bo Tran", "expected to be charged", "Ann Lee")]


def test_booked_on_suspicion_alone_is_a_suspect() -> None:
    # near miss: no charge to come is told
    text = LEAD + "The prosecuting attorney said the case would go to a grand jury."
    assert link_relations_of(text) == [("Bo Tran", "suspect", "Ann Lee")]
    assert not any(status == "expected" for _, _, status in charges_of(text))
