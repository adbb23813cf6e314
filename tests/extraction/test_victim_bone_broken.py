"""A victim told by the bone or body the accused broke, fractured or scalded ("accused of
fracturing a 7-month-old girl's skull", "broke a toddler's arm") is the one harmed, while what
was broken of no person ("broke a store's window") harms no one. Every sentence is invented."""

from __future__ import annotations

from tests.extraction.reading import described_victims_of


def test_fracturing_a_girls_skull() -> None:
    text = (
        "The day care worker accused of fracturing a 4-month-old girl's skull was charged Monday."
    )
    assert (None, "4-month-old girl", "injured") in described_victims_of(text)


def test_broke_a_boys_ribs() -> None:
    text = "Police said the man broke a 2-year-old boy's ribs. He was charged with child abuse."
    assert (None, "2-year-old boy", "injured") in described_victims_of(text)


def test_broke_a_owners_window_is_no_harm() -> None:
    # near miss: the thing broken is no part of a body
    text = "Police said the man broke a store owner's window. He was charged with vandalism."
    assert all("owner" not in description for _, description, _ in described_victims_of(text))
