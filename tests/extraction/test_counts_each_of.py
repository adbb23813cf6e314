"""A number of counts given to each offence of a list ("two counts apiece of", "three counts
each of") names the offences after it, whatever verb or charging paper lists them. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrested Ivo Marsh, 30, on Monday. The criminal complaint lists two counts "
            "apiece of aggravated assault and attempted murder.",
            {
                ("Ivo Marsh", "aggravated assault", "filed"),
                ("Ivo Marsh", "attempted murder", "filed"),
            },
        ),
        (
            "Police arrested Ivo Marsh, 30, on Monday. The complaint lists three counts each of "
            "burglary and theft.",
            {("Ivo Marsh", "burglary", "filed"), ("Ivo Marsh", "theft", "filed")},
        ),
        (
            "Ivo Marsh, 30, faces charges including two counts apiece of burglary and theft.",
            {("Ivo Marsh", "burglary", "filed"), ("Ivo Marsh", "theft", "filed")},
        ),
        (
            "Ivo Marsh, 30, pleaded guilty to two counts apiece of burglary and theft.",
            {("Ivo Marsh", "burglary", "convicted"), ("Ivo Marsh", "theft", "convicted")},
        ),
        # Near miss: "apiece" after a fine is no count of an offence.
        (
            "Ivo Marsh, 30, and Ana Ruiz, 28, were charged with burglary. They face $500 fines "
            "apiece.",
            {("Ivo Marsh", "burglary", "filed"), ("Ana Ruiz", "burglary", "filed")},
        ),
    ],
)
def test_counts_each_of(text: str, expected: set) -> None:
    assert charges_of(text) == expected
