"""The offence named before the charges or indictments a grand jury returns or prosecutors
file against someone ends at that noun: "returned murder indictments against two brothers"
charges murder, and each brother the report names next (extraction/charge_noun_cues.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A grand jury on Tuesday returned murder indictments against two brothers in the "
            "death of a deputy. Teo Lindqvist, 25, and Arvo Lindqvist, 29, are held in the "
            "county jail.",
            {("Teo Lindqvist", "murder", "filed"), ("Arvo Lindqvist", "murder", "filed")},
        ),
        (
            "Prosecutors filed arson charges against a Marlow couple on Friday. Ann Kolb, 33, "
            "and Ruben Kolb, 35, were arrested at their home.",
            {("Ann Kolb", "arson", "filed"), ("Ruben Kolb", "arson", "filed")},
        ),
        # ... the two named over the next two sentences
        (
            "Prosecutors filed arson charges against two sisters on Monday. Ann Kolb, 33, is "
            "the first woman charged in the fires. Her sister, Mira Kolb, 30, was arrested on "
            "Friday.",
            {("Ann Kolb", "arson", "filed"), ("Mira Kolb", "arson", "filed")},
        ),
        (
            "The grand jury returned a robbery indictment against Kaito Brenner, 18, in the "
            "holdup of a pharmacy.",
            {("Kaito Brenner", "robbery", "filed")},
        ),
        # Near miss: an indictment told by its count names no offence.
        ("A grand jury returned a six-count indictment against Kaito Brenner, 18.", set()),
    ],
)
def test_offence_named_before_indictments_against(text: str, expected: set) -> None:
    assert charges_of(text) == expected
