"""Whose bail each statement tells: a clause with its own subject, an amount "for" each
one named, a bail told as his by a pronoun, a roster line's bond. On sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

TWO = "Bo Tran, 20, and Cal Ng, 22, were charged with robbery. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clause after a comma with its own named subject tells that one's bond.
        (
            TWO + "Tran is held without bond, while Ng was released on $5,000 bail.",
            {("Bo Tran", None, "denied"), ("Cal Ng", 5000, "posted")},
        ),
        (
            TWO + "Tran's bond was set at $50,000, and Ng posted his $5,000 bail Tuesday.",
            {("Bo Tran", 50000, "set"), ("Cal Ng", 5000, "posted")},
        ),
        # Near miss: a clause that shares the verb before it is read with it.
        (
            TWO + "Tran is held on $50,000 bond, and Ng on $5,000.",
            {("Bo Tran", 50000, "set"), ("Cal Ng", 5000, "set")},
        ),
    ],
)
def test_each_clause_its_own_bond(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Each amount goes to the one named after it with "for".
        (
            TWO + "Bond was set at $50,000 for Tran and $25,000 for Ng.",
            {("Bo Tran", 50000, "set"), ("Cal Ng", 25000, "set")},
        ),
        (
            TWO + "A judge lowered bail to $20,000 for Tran and $10,000 for Ng.",
            {("Bo Tran", 20000, "reduced"), ("Cal Ng", 10000, "reduced")},
        ),
        # Near miss: one amount for both.
        (
            TWO + "Bond was set at $50,000 each.",
            {("Bo Tran", 50000, "set"), ("Cal Ng", 50000, "set")},
        ),
    ],
)
def test_each_amount_for_the_one_named_after_it(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bail told as his by a pronoun is his, whoever posted it.
        (
            "Bo Tran, 20, is charged with robbery. His mother, Ann Tran, posted his $5,000 "
            "bail on Friday.",
            {("Bo Tran", 5000, "posted")},
        ),
        # Near miss: the relative's own bail, in a report naming no accused but the relative.
        (
            "Ann Tran, 44, posted her $5,000 bail on Friday after her arrest.",
            {("Ann Tran", 5000, "posted")},
        ),
    ],
)
def test_a_bail_told_as_his(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


def test_a_roster_lines_bond_is_its_own() -> None:
    # A sentence naming no one on a roster's line is about the name the line opens with.
    text = (
        "The following people were arrested this week:\n\n"
        "- Bo Tran, 20, of Elgin, driving under the influence. Bond: $5,000.\n"
        "- Ann Lee, 33, of Joliet, retail theft. Bond: $1,500.\n"
    )
    assert bonds_of(text) == {("Bo Tran", 5000, "set"), ("Ann Lee", 1500, "set")}


def test_a_paragraph_is_no_roster_line() -> None:
    # Near miss: a paragraph opening with the victim's name gives her no bond.
    text = (
        "Bo Tran, 20, is charged with murder. Ann Lee, 30, was killed Sunday. Bond was set at "
        "$50,000."
    )
    assert bonds_of(text) == {("Bo Tran", 50000, "set")}
