"""Bail as outlets outside the US state it: the stated figure of other currencies ("granted
bail of R10 000", "his own bond of €1,000", "a surety of £5,000", "bail of ₹1,20,000", "Rs 5
lakh"), and the custody an Indian court gives the police or the jail before a bail plea
("remanded in police custody for seven days"), which is no bail refused. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from casefile.extraction.money import find_money
from tests.extraction.reading import bonds_of


@pytest.mark.parametrize(
    ("sentence", "amounts"),
    [
        ("He was granted bail of R10 000 after the state conceded.", [10000]),
        ("Bail was set at R2 million.", [2000000]),
        ("The judge granted bail on his own bond of €1,000.", [1000]),
        ("She was bailed with a surety of £5,000 and a $3,000 bond.", [5000, 3000]),
        ("The court set bail of ₹1,20,000.", [120000]),
        ("The family demanded Rs 5 lakh in cash.", [500000]),
        # near misses: a rifle's and a road's names, a letter before a number
        ("Police recovered two R5 rifles and a pistol.", []),
        ("The van was ambushed on the R21 near the airport.", []),
        ("Grade R 10 pupils were sent home.", []),
    ],
)
def test_amounts_in_other_currencies(sentence: str, amounts: list[int]) -> None:
    assert [money.amount for money in find_money(sentence)] == amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sipho Dube, 34, was charged with robbery. Dube was granted bail of R10 000.",
            {("Sipho Dube", 10000, "set")},
        ),
        (
            "Ciaran Walsh, 41, was charged with dangerous driving causing death. Judge Ann Lee "
            "granted bail on Mr Walsh's own bond of €1,000.",
            {("Ciaran Walsh", 1000, "set")},
        ),
    ],
)
def test_bail_in_other_currencies(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ravi Menon, 31, was arrested on Sunday. He was produced before a magistrate and "
        "remanded in police custody for seven days.",
        "Ravi Menon, 31, was arrested on Sunday. The court remanded him in judicial custody for "
        "14 days.",
    ],
)
def test_custody_for_questioning_is_no_bail_refused(text: str) -> None:
    assert bonds_of(text) == set()


def test_remanded_in_custody_is_still_bail_refused() -> None:
    # near miss: the British and New Zealand remand holds him without bail
    text = "Bo Tran, 38, was charged with murder. He was remanded in custody to appear on 3 March."
    assert bonds_of(text) == {("Bo Tran", None, "denied")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sum that prices a thing named after it is no bail
        (
            "Bo Tran, 30, charged over a $130 million cocaine shipment, was granted bail.",
            {("Bo Tran", None, "set")},
        ),
        # near misses: the sum of a surety, a cash bond, a cash or surety bond
        (
            "Bo Tran, 30, was granted bail with a $250,000 surety offered by his parents.",
            {("Bo Tran", 250000, "set")},
        ),
        (
            "Bo Tran, 30, was released on a $10,000 cash bond.",
            {("Bo Tran", 10000, "posted")},
        ),
        (
            "Bo Tran, 30, is held on a $1 million cash or surety bond.",
            {("Bo Tran", 1000000, "set")},
        ),
    ],
)
def test_a_sum_that_prices_a_thing_is_no_bail(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ruling with no subject, said of "they": the people of the sentence before
        (
            "Ann Lee, 33, and Bo Tran, 29, were arrested on Wednesday. Bail was refused and they "
            "will reappear in court on August 13.",
            {("Ann Lee", None, "denied"), ("Bo Tran", None, "denied")},
        ),
        (
            "Ann Lee, 33, and Bo Tran, 29, were arrested on Wednesday. They appeared in court, "
            "where they did not apply for bail. Bail was formally refused and they will reappear "
            "in court on August 13.",
            {("Ann Lee", None, "denied"), ("Bo Tran", None, "denied")},
        ),
        # near miss: said of "she", the one of her own
        (
            "Ann Lee, 33, was arrested on Wednesday with Bo Tran, 29. Bail was refused and she "
            "will reappear in court on August 13.",
            {("Ann Lee", None, "denied")},
        ),
    ],
)
def test_bail_refused_and_they_will_reappear(text: str, expected: set) -> None:
    assert bonds_of(text) == expected
