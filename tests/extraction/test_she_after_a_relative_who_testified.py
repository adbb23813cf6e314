"""A relative the report names by her tie ("His mother, Kay Lund,") who testified against the
accused is the subject "She" goes on with in the next sentence: "She pleaded guilty in
November to child neglect" makes her a suspect with that plea, not the accused. One who only
spoke stays a witness. On sentences written for these tests."""

from __future__ import annotations

from tests.extraction.reading import charges_of

CONVICTED = "Dale Voss, 30, was convicted Thursday of assault. "


def test_she_after_a_relative_who_testified_against_him() -> None:
    text = (
        CONVICTED + "His mother, Kay Lund, testified against him on Tuesday. She pleaded "
        "guilty in November to child neglect."
    )
    assert charges_of(text) == {
        ("Dale Voss", "assault", "convicted"),
        ("Kay Lund", "child neglect", "convicted"),
    }


def test_she_after_a_relative_who_spoke() -> None:
    # near miss: a relative who only spoke is no subject for the plea
    text = CONVICTED + 'His mother, Kay Lund, said "He is a good boy." He pleaded guilty.'
    assert ("Kay Lund", "assault", "convicted") not in charges_of(text)
