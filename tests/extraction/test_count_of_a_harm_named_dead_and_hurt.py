"""A count told only as what a harm was done to ("the shooting of two deputies") in a report of
a killing holds the people named dead and the people named hurt: no unnamed victim is left
over when the names account for it. A count told dead by its own words keeps its dead. On
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


def _victims(text: str) -> list[tuple[str | None, str]]:
    return sorted(
        ((f["name"] or f["description"]), f["outcome"]) for f in facts_of("VictimReported", text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Lyle Banfield, 40, is charged with capital murder in the March 2 shooting of two "
        "Fenwick County deputies. Deputy Nora Pell was killed in the shooting. Deputy Ivo Stang "
        "was wounded and has since returned to work.",
        "A judge sent the case of Lyle Banfield, 40, to a grand jury on Monday. He is accused in "
        "the shooting of two deputies on Route 9. The murder charge is for the death of Deputy "
        "Nora Pell. Deputy Ivo Stang, who was wounded, testified at the hearing.",
    ],
)
def test_named_dead_and_hurt_fill_the_count(text: str) -> None:
    assert _victims(text) == [("Ivo Stang", "injured"), ("Nora Pell", "killed")]


def test_count_told_dead_keeps_its_dead() -> None:
    # near miss: the count's own words say both died
    text = (
        "Lyle Banfield, 40, is charged with murder in the shooting deaths of two deputies. "
        "Deputy Nora Pell was among them. Deputy Ivo Stang was wounded."
    )
    assert ("deputies", "killed") in _victims(text)
