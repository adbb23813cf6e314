"""Verdicts as court copy tells them: when and where told between the verb and its list ("was
convicted in June, after a judge-alone trial in B.C. Supreme Court, of"), and the counts named
after a colon or a dash ("acquitted him of all three counts — A, B and C — involving a second
complainant"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

LEAD = "Cobb Thayne, 45, was tried in B.C. Supreme Court. "
NAME = "Cobb Thayne"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thayne was convicted in June, after a judge-alone trial in B.C. Supreme Court, of "
            "sexual exploitation.",
            {(NAME, "sexual exploitation", "convicted")},
        ),
        (
            "Thayne was found guilty on Friday, following a two-week trial, of robbery.",
            {(NAME, "robbery", "convicted")},
        ),
        # near miss: no verdict, only a trial told
        ("Thayne was tried in June, after a long delay, for robbery.", set()),
    ],
)
def test_when_and_where_between_a_verdict_and_its_charges(text: str, expected: set) -> None:
    assert charges_of(LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A judge acquitted Thayne of all three counts — sexual assault, sexual interference "
            "and invitation to sexual touching — involving a second complainant.",
            {
                (NAME, "sexual assault", "acquitted"),
                (NAME, "sexual interference", "acquitted"),
                (NAME, "invitation to sexual touching", "acquitted"),
            },
        ),
        (
            "A judge acquitted Thayne of both counts - theft and fraud - on Friday.",
            {(NAME, "theft", "acquitted"), (NAME, "fraud", "acquitted")},
        ),
        (
            "A judge acquitted Thayne of two counts: theft and fraud.",
            {(NAME, "theft", "acquitted"), (NAME, "fraud", "acquitted")},
        ),
    ],
)
def test_counts_named_after_a_dash(text: str, expected: set) -> None:
    assert charges_of(LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a split verdict: counts of one offence, some proved and some not
        (
            "Thayne was found guilty of two counts of false accounting. The jury cleared him of "
            "a third count of false accounting.",
            {(NAME, "false accounting", "convicted"), (NAME, "false accounting", "acquitted")},
        ),
        # near miss: a charge filed, then proved, is one charge
        (
            "Thayne was charged with false accounting. He was found guilty of false accounting.",
            {(NAME, "false accounting", "convicted")},
        ),
    ],
)
def test_a_split_verdict_keeps_both_outcomes(text: str, expected: set) -> None:
    assert charges_of(LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the offences named before the noun an appeal's ruling upholds
        (
            "The Court of Appeal upheld the sexual exploitation and sexual assault convictions "
            "of the former coach on Wednesday.",
            {(NAME, "sexual exploitation", "convicted"), (NAME, "sexual assault", "convicted")},
        ),
        ("The court upheld his robbery conviction.", {(NAME, "robbery", "convicted")}),
        # near miss: a conviction only appealed is upheld by no one
        ("Thayne will appeal his robbery conviction.", set()),
    ],
)
def test_convictions_an_appeal_upholds(text: str, expected: set) -> None:
    assert charges_of("Cobb Thayne, 46, a former coach, was sentenced in 2024. " + text) == expected
