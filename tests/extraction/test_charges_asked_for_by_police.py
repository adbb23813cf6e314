"""Charges police say they will ask for ("will be asking for two counts of manslaughter and
DUI") are expected, not filed; a dismissal asked for is no charge to come. Every sentence here
is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import charges_of


def test_counts_police_will_ask_for_are_expected() -> None:
    text = (
        "Cal Ostrow, 33, of Marbury, was taken into custody Saturday. Investigators will send "
        "the case to the district attorney and will be asking for two counts of vehicular "
        "homicide and DUI."
    )
    assert charges_of(text) == {
        ("Cal Ostrow", "vehicular homicide", "expected"),
        ("Cal Ostrow", "dui", "expected"),
    }


def test_charges_asked_for_in_the_past_are_expected() -> None:
    text = "Deputies arrested Ann Lee, 27, on Monday. Detectives asked for one count of arson."
    assert charges_of(text) == {("Ann Lee", "arson", "expected")}


def test_a_dismissal_asked_for_is_no_charge_to_come() -> None:
    text = (
        "Cal Ostrow, 33, of Marbury, was charged with theft. His lawyer asked for two counts of "
        "theft to be dismissed."
    )
    assert ("Cal Ostrow", "theft", "expected") not in charges_of(text)
