"""A fine told with its amount after it ("imposed a fine of $5,000", "a fine of Rs 50,000 on
each"), or with the one fined between the verb and the sum ("fined him $2,000"), is a
punishment of kind other, in rupees and rand as in dollars; what the law allows ("a fine of up
to $10,000") or a conviction could bring ("faces a fine of $10,000") is none. Every sentence
is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import terms_of

CONVICTED = "Bo Tran, 32, was convicted of robbery. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The judge sentenced him to five years in prison and imposed a fine of $5,000.",
            {("Bo Tran", "prison", 5), ("Bo Tran", "other", None)},
        ),
        (
            "The court sentenced him to five years in prison and imposed a fine of Rs 50,000.",
            {("Bo Tran", "prison", 5), ("Bo Tran", "other", None)},
        ),
        (
            "The judge sentenced him to two years in prison and fined him $2,000.",
            {("Bo Tran", "prison", 2), ("Bo Tran", "other", None)},
        ),
        (
            "The magistrate sentenced him to three years in prison and a fine of R10 000.",
            {("Bo Tran", "prison", 3), ("Bo Tran", "other", None)},
        ),
        # near misses: what the law allows, what a conviction could bring
        ("The offence carries a fine of up to $10,000.", set()),
        ("If convicted again, he faces a fine of $10,000.", set()),
    ],
)
def test_a_fine_told_by_its_amount_after(text: str, expected: set) -> None:
    assert terms_of(CONVICTED + text) == expected


def test_a_fine_on_each_of_those_sentenced() -> None:
    text = (
        "Bo Tran and Cy Hall were convicted of kidnapping. The court sentenced Bo Tran and Cy "
        "Hall to life imprisonment and imposed a fine of Rs 50,000 on each."
    )
    assert terms_of(text) == {
        ("Bo Tran", "life", None),
        ("Cy Hall", "life", None),
        ("Bo Tran", "other", None),
        ("Cy Hall", "other", None),
    }
