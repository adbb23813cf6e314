"""A charge a defendant was sentenced for is one he stands convicted of, also when the term
before it is told at length ("sentenced Monday to 15 years, with 10 to be served in prison and
the remaining five on probation, for armed robbery"); the "on probation" inside the term is
no charge. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    "text",
    [
        "Rook Danvers was sentenced Monday to 15 years, with 10 to be served in prison and the "
        "remaining five on probation, for armed robbery.",
        "Rook Danvers was sentenced Monday to 15 years, with 10 to be served in state prison "
        "and the rest on supervised probation, for armed robbery.",
    ],
)
def test_the_charge_after_a_split_term_is_convicted(text: str) -> None:
    assert charges_of(text) == {("Rook Danvers", "armed robbery", "convicted")}


def test_probation_inside_the_term_is_no_charge() -> None:
    text = "Rook Danvers was sentenced Monday to 15 years, with 10 in prison and five on probation."
    assert charges_of(text) == set()
