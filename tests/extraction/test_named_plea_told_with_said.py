"""A plea owned by a name ("Lee's plea covered ...") in a sentence a speaker closes ("...,
lawyers said") is a plea entered, no guilt claimed: the "'s" before "plea" is a possessive,
not the "is" of "she's not guilty of". The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_LEAD = "Bo Tran, 32, and Ann Lee, 30, were indicted in the boy's death last year. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Lee's plea covered arson and theft, lawyers in the case said.",
        "Lee's plea included arson and theft, her attorney said.",
        "Lee's pleas were to arson and theft, prosecutors say.",
    ],
)
def test_named_plea_is_a_conviction(sentence: str) -> None:
    charges = charges_of(_LEAD + sentence)
    assert ("Ann Lee", "arson", "convicted") in charges
    assert ("Ann Lee", "theft", "convicted") in charges


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: guilt claimed by a speaker, no plea entered
        "Her lawyer said she's not guilty of arson.",
        "Lee's attorney says she's guilty of nothing more than theft.",
    ],
)
def test_guilt_claimed_is_no_conviction(sentence: str) -> None:
    charges = charges_of(_LEAD + sentence)
    assert not any(status == "convicted" for _, _, status in charges)
