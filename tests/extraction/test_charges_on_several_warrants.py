"""Charges told as the offences of several warrants ("is wanted on warrants for aggravated
kidnapping and burglary of a habitation") are filed charges, as those of one warrant are;
warrants for places searched name no offence. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import charges_of


def test_offences_of_several_warrants_are_charges() -> None:
    text = (
        "Police are looking for Cal Dunmore, 31, in connection with the abduction of a girl. "
        "Dunmore is wanted on warrants for aggravated kidnapping and burglary of a habitation, "
        "police said."
    )
    assert charges_of(text) == {
        ("Cal Dunmore", "aggravated kidnapping", "filed"),
        ("Cal Dunmore", "burglary of a habitation", "filed"),
    }


def test_warrants_for_places_name_no_offence() -> None:
    text = (
        "Cal Dunmore, 31, was charged with burglary. Officers served search warrants for his "
        "house and car."
    )
    assert charges_of(text) == {("Cal Dunmore", "burglary", "filed")}
