"""A charge's name ends where the report says whom it is against together ("Charges of arson
against both men", "a count of theft against each of them", "against all three"): those are
the accused, no part of the offence; "assault against a child" names the one harmed and stays.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

NAMED = "Ivo Brannick (24) and Teodor Szala (30) were arrested on Friday. "


@pytest.mark.parametrize(
    "later",
    [
        "Charges of arson against both men were filed on Monday.",
        "Prosecutors filed charges of arson against each of them on Monday.",
        "Charges of arson against both were filed on Monday.",
    ],
)
def test_the_name_ends_before_whom_it_is_against(later: str) -> None:
    assert {c for _, c, _ in charges_of(NAMED + later)} == {"arson"}


def test_the_one_harmed_stays_in_the_name() -> None:
    text = "Ivo Brannick, 24, was charged with assault against a child."
    assert charges_of(text) == {("Ivo Brannick", "assault against a child", "filed")}
