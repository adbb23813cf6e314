"""Terms as county court round-ups give them: a lower bound with a half ("11 1/2 to 23
months in the county jail", "11½ to 23 months"), and supervision imposed with "placed on"
("was placed on two years of probation for retail theft"), which tells the defendant, the
term and the charge he was convicted of. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, terms_of


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("11 1/2 to 23 months in the county jail", ("jail", 0.9583)),
        ("11½ to 23 months in the county jail", ("jail", 0.9583)),
        ("two and a half to five years in prison", ("prison", 2.5)),
    ],
)
def test_a_lower_bound_with_a_half(term: str, expected: tuple[str, float]) -> None:
    text = f"Cal Kissell, 27, was sentenced to {term}."
    assert terms_of(text) == {("Cal Kissell", *expected)}


def test_probation_placed_on_for_a_charge() -> None:
    text = "Ann Dively, 34, of Tyrone, was placed on two years of probation for retail theft."
    assert terms_of(text) == {("Ann Dively", "probation", 2)}
    assert charges_of(text) == {("Ann Dively", "retail theft", "convicted")}


def test_leave_placed_on_is_no_term() -> None:
    # near miss: an officer placed on leave is no defendant
    text = "Officer Ann Dively was placed on administrative leave. Cal Tran, 34, is charged with assault."
    assert terms_of(text) == set()
    assert charges_of(text) == {("Cal Tran", "assault", "filed")}
