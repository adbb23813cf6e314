"""A harm verb's -ing form after a word of degree is an adjective, not an act done to the name
after it: "the most striking testimony came from Detective Ann Lee" makes her no victim, as
"video shows him striking Ann Lee" does. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

_LEAD = "Corbin Ashdale, 35, is charged with murder in the death of Marla Quint. "


def _victims(text: str) -> list[str | None]:
    return sorted(f["name"] for f in facts_of("VictimReported", text))


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "The most striking testimony came from Detective Ilse Varga of the robbery unit.",
        _LEAD + "A very striking account came from Sgt. Ilse Varga of the county homicide unit.",
        _LEAD + "Perhaps more striking was the evidence offered by Investigator Ilse Varga.",
    ],
)
def test_adjective_makes_no_victim(text: str) -> None:
    assert _victims(text) == ["Marla Quint"]


def test_striking_someone_is_harm() -> None:
    # near miss: the act done to the one named
    text = _LEAD + "Video shows Ashdale striking Ilse Varga with a bottle before the stabbing."
    assert "Ilse Varga" in _victims(text)
