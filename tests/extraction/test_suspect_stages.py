"""Suspects as each stage of a case tells them, probed with invented copy in the styles
outlets use: blotter and court lists that give a home town after the age without "of", and
the near misses each rule must not read. Every sentence here is written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import charges_of, facts_of, suspects_of


def _homes(text: str) -> dict[str, str | None]:
    return {f["name"]: f["residence"] for f in facts_of("SuspectIdentified", text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dario Quint, 34, Elmwood, and Lena Voss, 29, were charged with theft.",
            {("Dario Quint", 34): 1, ("Lena Voss", 29): 1},
        ),
        (
            "Police arrested Dario Quint, 34, Elmwood, and Lena Voss, 29, on Friday.",
            {("Dario Quint", 34): 1, ("Lena Voss", 29): 1},
        ),
        (
            "Dario Quint, 34, Elmwood, Lena Voss, 29, Pinebrook, and Omar Tate, 41, were charged "
            "with burglary.",
            {("Dario Quint", 34): 1, ("Lena Voss", 29): 1, ("Omar Tate", 41): 1},
        ),
        (
            "Dario Quint, 34, Dayton, Ohio, and Lena Voss, 29, were charged with theft.",
            {("Dario Quint", 34): 1, ("Lena Voss", 29): 1},
        ),
    ],
)  # fmt: skip
def test_a_town_after_the_age_without_of_keeps_the_list(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


def test_each_of_a_list_with_towns_is_charged() -> None:
    text = "Dario Quint, 34, Elmwood, and Lena Voss, 29, were charged with theft."
    assert charges_of(text) == {
        ("Dario Quint", "theft", "filed"),
        ("Lena Voss", "theft", "filed"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Charged were Dario Quint, 34, Elmwood; Lena Voss, 29, Pinebrook; and Omar Tate, 41, "
            "Fairview.",
            {"Dario Quint": "Elmwood", "Lena Voss": "Pinebrook", "Omar Tate": "Fairview"},
        ),
        (
            "Dario Quint, 34, Dayton, Ohio, and Lena Voss, 29, were charged with theft.",
            {"Dario Quint": "Dayton", "Lena Voss": None},
        ),
        # A day after the age is when, not where.
        (
            "Police arrested Dario Quint, 34, Friday, and charged him with theft.",
            {"Dario Quint": None},
        ),
    ],
)  # fmt: skip
def test_a_blotter_town_is_read_before_the_next_item(text: str, expected: dict) -> None:
    assert _homes(text) == expected
