"""A lead-in "Those charged are:" opens a roster of the people charged, each line's charges
the person's it names; "those charged with" said of people in general stays no charge of
anyone. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

ROSTER = (
    "A federal grand jury in Harlow returned an indictment against two people.\n\n"
    "{lead}\n\n"
    "- Bo Tran, 38, of Harlow — conspiracy to distribute methamphetamine; money laundering "
    "conspiracy\n"
    "- Ann Lee, 34, of Fenwick — conspiracy to distribute methamphetamine\n"
)


@pytest.mark.parametrize(
    "lead",
    ["According to the indictment, those charged are:", "Those arrested and charged were:"],
)
def test_those_charged_lead_a_roster(lead: str) -> None:
    assert charges_of(ROSTER.format(lead=lead)) == {
        ("Bo Tran", "conspiracy to distribute methamphetamine", "filed"),
        ("Bo Tran", "money laundering conspiracy", "filed"),
        ("Ann Lee", "conspiracy to distribute methamphetamine", "filed"),
    }


def test_those_charged_in_general_are_no_one() -> None:
    text = (
        "Bo Tran, 38, of Harlow was arrested Monday. Under the program, those charged with "
        "drug possession can seek treatment instead of jail."
    )
    assert charges_of(text) == set()
