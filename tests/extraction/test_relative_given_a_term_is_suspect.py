"""Someone first named in apposition to a relation ("and his mother, Ines Varga,") who is the
subject of a step of the case right there ("was given a 12-year prison term") is one of its
suspects: the term is hers, not misread from her son's. The same apposition given something
else is none. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


def _suspects(text: str) -> set[str]:
    return {f["name"] for f in facts_of("SuspectIdentified", text)}


@pytest.mark.parametrize(
    "text",
    [
        "A couple who said their son had drowned have been jailed. At a hearing on Tuesday, Tomas "
        "Reale, the boy's father, was jailed for 20 years, and his mother, Ines Varga, was given "
        "a 12-year prison term.",
        "Tomas Reale, the boy's father, was given a 20-year prison term, and his mother, Ines "
        "Varga, was given a 12-year prison term.",
        "Tomas Reale, the girl's stepfather, was jailed for 20 years, and her mother, Ines Varga, "
        "was given a six-year jail sentence.",
    ],
)
def test_relative_given_a_term_is_a_suspect(text: str) -> None:
    assert _suspects(text) == {"Tomas Reale", "Ines Varga"}


def test_relative_given_something_else_is_no_suspect() -> None:
    # near miss: the apposition is given no term
    text = (
        "Tomas Reale, the boy's father, was jailed for 20 years, and his mother, Ines Varga, was "
        "given a hug by relatives."
    )
    assert _suspects(text) == {"Tomas Reale"}
