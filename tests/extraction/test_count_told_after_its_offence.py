"""A charging paper may tell each offence's count after its name ("tampering with evidence,
three counts; and arson, a single count"): the count names no offence and ends no item, so
every offence of the list is a charge. A count told before its offence is read as always.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oren Vasko, 41, was charged with burglary, three counts; and criminal mischief, "
            "a single count.",
            {("Oren Vasko", "burglary", "filed"), ("Oren Vasko", "criminal mischief", "filed")},
        ),
        (
            "Oren Vasko, 41, was charged with two counts of arson; receiving stolen property, "
            "four counts; and resisting arrest, one count.",
            {
                ("Oren Vasko", "arson", "filed"),
                ("Oren Vasko", "receiving stolen property", "filed"),
                ("Oren Vasko", "resisting arrest", "filed"),
            },
        ),
        (
            "Oren Vasko, 41, pleaded guilty to forgery, two counts each, and identity theft.",
            {("Oren Vasko", "forgery", "convicted"), ("Oren Vasko", "identity theft", "convicted")},
        ),
        # Near miss: a count before its offence is no count of the item before it.
        (
            "Oren Vasko, 41, was charged with burglary, three counts of trespass and arson.",
            {
                ("Oren Vasko", "burglary", "filed"),
                ("Oren Vasko", "trespass", "filed"),
                ("Oren Vasko", "arson", "filed"),
            },
        ),
    ],
)
def test_count_told_after_its_offence(text: str, expected: set) -> None:
    assert charges_of(text) == expected
