"""A hospital's detention is no arrest: a British court's hospital order ("has been detained
indefinitely in a secure hospital") and a detention under mental-health law ("had been
detained under the Mental Health Act twice before") take no one into police custody. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

OPENING = "Rory Blane, 37, struck two men with a hammer on Mill Street in Dunmere on 25 May. "


def _arrests(text: str) -> list[tuple]:
    return [(f["person"], f["prior"]) for f in facts_of("ArrestMade", text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Blane has been detained indefinitely in a high-security hospital.",
        "Blane was detained in a secure psychiatric unit after the hearing.",
        "Blane had been detained under the Mental Health Act twice before, most recently in 2022.",
    ],
)
def test_a_hospital_detention_is_no_arrest(sentence: str) -> None:
    assert _arrests(OPENING + sentence) == []


def test_detained_by_police_is_an_arrest() -> None:
    # near miss: held by the police, near a hospital
    text = OPENING + "Blane was detained by officers outside Dunmere General Hospital."
    assert _arrests(text) == [("Rory Blane", False)]
