"""A charge named with its grade first ("felony speed competition", "misdemeanor unsafe
movement") is an offence whatever its head word; a grade before a word of the court or of
people ("felony suspects", "a misdemeanor record") names none. Every sentence here is written
for these tests."""

from __future__ import annotations

from tests.extraction.reading import charges_of


def test_charges_led_by_their_grade_are_offences() -> None:
    text = (
        "Cal Ostrow, 20, of Marbury, was charged with felony speed competition. Dee Voss, 21, "
        "of Marbury, was charged with misdemeanor speed competition and reckless driving."
    )
    assert charges_of(text) == {
        ("Cal Ostrow", "felony speed competition", "filed"),
        ("Dee Voss", "misdemeanor speed competition", "filed"),
        ("Dee Voss", "reckless driving", "filed"),
    }


def test_a_grade_before_people_is_no_charge() -> None:
    text = (
        "Cal Ostrow, 20, of Marbury, was charged with reckless driving. Bonds for felony "
        "suspects are set by a judge."
    )
    assert charges_of(text) == {("Cal Ostrow", "reckless driving", "filed")}
