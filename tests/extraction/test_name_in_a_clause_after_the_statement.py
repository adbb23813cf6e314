"""A name told only in a clause of its own after a statement ("Prosecutors dismissed the
theft count after Ann Lee recanted") is not whom the statement is about: it stays with the
suspect the report is telling of. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

VERDICT = "Bo Tran, 39, was convicted by a jury in November of murder. "


@pytest.mark.parametrize(
    "text",
    [
        VERDICT + "Prosecutors dismissed the theft count after Ann Lee recanted.",
        VERDICT + "The theft count was dropped before trial, after Ann Lee refused to testify.",
        VERDICT + "Prosecutors dismissed the theft count before trial, after Ann Lee's death.",
    ],
)
def test_a_name_in_a_later_clause_leaves_the_suspect(text: str) -> None:
    assert ("Bo Tran", "theft", "dropped") in charges_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # the name the charge is against, with a clause after it
        VERDICT + "Prosecutors dismissed the theft count against Ann Lee after a hearing.",
    ],
)
def test_the_name_the_charge_is_against_keeps_it(text: str) -> None:
    assert ("Bo Tran", "theft", "dropped") not in charges_of(text)
