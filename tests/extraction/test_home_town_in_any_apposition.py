"""The home town a description in apposition gives ("a Dayton man") is the suspect's whether
commas, dashes or brackets set it apart; a description that names no town leaves none. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivo Marsh was charged with murder. Police said Marsh — a Dayton man — fled on foot.",
            [("Ivo Marsh", "Dayton")],
        ),
        (
            "Ivo Marsh (a 30-year-old Elgin resident) was charged with arson.",
            [("Ivo Marsh", "Elgin")],
        ),
        (
            "Ivo Marsh was arrested Monday. Marsh – an Elmdale native – is held in the county jail.",
            [("Ivo Marsh", "Elmdale")],
        ),
        # Near misses: descriptions that name no town.
        ("Ivo Marsh — a Black man — was charged with arson.", [("Ivo Marsh", None)]),
        ("Ivo Marsh — a man police had sought — was charged with arson.", [("Ivo Marsh", None)]),
    ],
)
def test_home_town_in_any_apposition(text: str, expected: list) -> None:
    found = [(f["name"], f["residence"]) for f in facts_of("SuspectIdentified", text)]
    assert found == expected
