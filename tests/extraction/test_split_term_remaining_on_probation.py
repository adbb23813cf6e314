"""A term split between custody and probation whose probation is told as "the remaining" part
("15 years, with 10 to be served in prison and the remaining five on probation", "the remaining
years on probation") is two terms: the custody and the probation. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import terms_of


@pytest.mark.parametrize(
    "text",
    [
        "Rook Danvers was sentenced Monday to 15 years, with 10 to be served in prison and the "
        "remaining five on probation, for armed robbery.",
        "Rook Danvers was sentenced to 15 years, with 10 to be served in prison and the "
        "remaining years on probation.",
        "A judge sentenced Rook Danvers to 15 years, with 10 in prison and the remaining five "
        "years on probation.",
    ],
)
def test_the_remaining_part_on_probation_is_a_term_of_probation(text: str) -> None:
    assert terms_of(text) == {("Rook Danvers", "prison", 10), ("Rook Danvers", "probation", 5)}


def test_a_term_with_no_probation_told_stays_whole() -> None:
    text = "Rook Danvers was sentenced Monday to 15 years in prison, the remaining charges dropped."
    assert terms_of(text) == {("Rook Danvers", "prison", 15)}
