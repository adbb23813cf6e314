"""Charges a press release lists in title case ("Dealing in Stolen Property"): the capitals
name no one, so the name runs on past "in" and "of" (extraction/offence_names.py)."""

from __future__ import annotations

from tests.extraction.reading import charges_of


def test_a_title_cased_list_keeps_whole_names() -> None:
    text = (
        "Trey Dunham, 34, was booked on the following charges:\n\n"
        "- Burglary of a Dwelling (6 counts)\n"
        "- Dealing in Stolen Property\n"
        "- Trafficking in Stolen Property\n"
    )
    assert {charge for _, charge, _ in charges_of(text)} == {
        "burglary of a dwelling",
        "dealing in stolen property",
        "trafficking in stolen property",
    }


def test_a_title_cased_name_after_a_lead_in_is_one_charge() -> None:
    text = (
        "Eli Lund, 45, was booked into the county jail on the charge of Leaving the Scene of an "
        "Accident Resulting in Death, a felony."
    )
    assert charges_of(text) == {
        ("Eli Lund", "leaving the scene of an accident resulting in death", "filed")
    }


def test_near_miss_a_name_in_a_sentence_still_ends_a_charge() -> None:
    text = "Trey Dunham, 34, was charged with murder of Ann Lee and arson."
    assert {charge for _, charge, _ in charges_of(text)} == {"murder", "arson"}
