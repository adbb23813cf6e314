"""A plea told with a participle that names what it answers ("entered no-contest pleas
covering arson and theft", "a guilty plea encompassing burglary") is a plea to those
charges, as "her plea covered" is. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee, 30, entered no-contest pleas covering arson and theft.",
        "Ann Lee, 30, entered a guilty plea encompassing arson and theft on Monday.",
        "Ann Lee, 30, struck a deal last month, with guilty pleas including arson and theft.",
    ],
)
def test_plea_covering_offences_is_a_conviction(sentence: str) -> None:
    assert charges_of(sentence) == {
        ("Ann Lee", "arson", "convicted"),
        ("Ann Lee", "theft", "convicted"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a plea of not guilty, or the charges only covered by an indictment
        "Ann Lee, 30, entered not guilty pleas covering arson and theft.",
        "Ann Lee, 30, faces an indictment covering arson and theft.",
    ],
)
def test_no_plea_of_guilt_convicts_no_one(sentence: str) -> None:
    assert not any(status == "convicted" for _, _, status in charges_of(sentence))
