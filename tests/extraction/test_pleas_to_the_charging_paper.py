"""Charges told through the paper that brings them, as federal releases word them: a plea to
"a criminal information charging her with" convicts of its charges, a plea of not guilty "to
an indictment charging her with" leaves them filed (no indictment still to be sought), and
"faces a superseding indictment that adds charges of" files the charges added. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

LEAD = "Lise Varga, 38, was arrested in May. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She waived indictment and pleaded guilty to a criminal information charging her "
            "with tax evasion.",
            {("Lise Varga", "tax evasion", "convicted")},
        ),
        (
            "Varga pleaded guilty Tuesday to a one-count information that charged her with "
            "wire fraud.",
            {("Lise Varga", "wire fraud", "convicted")},
        ),
        (
            "Varga pleaded not guilty to an indictment charging her with wire fraud.",
            {("Lise Varga", "wire fraud", "filed")},
        ),
        (
            "She faces a superseding indictment that adds charges of money laundering.",
            {("Lise Varga", "money laundering", "filed")},
        ),
        # An indictment still to be sought expects its charges.
        (
            "Prosecutors said they would seek an indictment against her on charges of murder.",
            {("Lise Varga", "murder", "expected")},
        ),
    ],
)
def test_pleas_to_the_charging_paper(text: str, expected: set) -> None:
    assert charges_of(LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Varga has pleaded not guilty to charges in a 12-count indictment that includes "
            "conspiracy to commit wire fraud.",
            {("Lise Varga", "conspiracy to commit wire fraud", "filed")},
        ),
        (
            "Varga faces counts in an indictment that includes money laundering.",
            {("Lise Varga", "money laundering", "filed")},
        ),
        # near miss: the plural verb was read before
        (
            "Varga faces charges that include money laundering.",
            {("Lise Varga", "money laundering", "filed")},
        ),
    ],
)
def test_charges_a_paper_includes_are_filed(text: str, expected: set) -> None:
    assert charges_of(LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a charge told with "the" is the one named fully before, for a co-defendant
        (
            "Lise Varga, 38, faces conspiracy to distribute 400 grams or more of cocaine and "
            "money laundering. Omar Pell is charged with the drug conspiracy.",
            {
                ("Lise Varga", "conspiracy to distribute 400 grams or more of cocaine", "filed"),
                ("Lise Varga", "money laundering", "filed"),
                ("Omar Pell", "conspiracy to distribute 400 grams or more of cocaine", "filed"),
            },
        ),
        (
            "Lise Varga, 38, faces conspiracy to distribute 400 grams or more of cocaine. "
            "Omar Pell faces the conspiracy count.",
            {
                ("Lise Varga", "conspiracy to distribute 400 grams or more of cocaine", "filed"),
                ("Omar Pell", "conspiracy to distribute 400 grams or more of cocaine", "filed"),
            },
        ),
        # near miss: a charge told without "the" is its own
        (
            "Lise Varga, 38, faces conspiracy to distribute 400 grams or more of cocaine. "
            "Omar Pell is charged with conspiracy.",
            {
                ("Lise Varga", "conspiracy to distribute 400 grams or more of cocaine", "filed"),
                ("Omar Pell", "conspiracy", "filed"),
            },
        ),
    ],
)
def test_a_charge_told_with_the_is_the_one_named_before(text: str, expected: set) -> None:
    assert charges_of(text) == expected
