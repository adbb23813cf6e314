"""A charge the police or prosecutors say they will raise to another ("detectives expect to
upgrade the charge against Bo Tran to murder") is the new charge, expected; a raise done is
filed, and a bond raised is no charge. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import charges_of


def test_a_raise_expected_is_an_expected_charge() -> None:
    text = (
        "A 30-year-old man was arrested Monday and charged with aggravated battery after a baby "
        "was hurt. Ray Dunmore, of Kessler, was booked into the county jail. Detectives expect "
        "to upgrade the charge against Dunmore to murder once the autopsy is complete."
    )
    assert charges_of(text) == {
        ("Ray Dunmore", "aggravated battery", "filed"),
        ("Ray Dunmore", "murder", "expected"),
    }


def test_a_raise_prosecutors_may_make_is_expected() -> None:
    text = (
        "Ray Dunmore, 29, of Kessler, was charged with aggravated battery. Prosecutors said "
        "they may elevate the charge to manslaughter."
    )
    assert ("Ray Dunmore", "manslaughter", "expected") in charges_of(text)


def test_a_bond_to_be_raised_is_no_charge() -> None:
    text = (
        "Ray Dunmore, 29, of Kessler, was charged with aggravated battery. Prosecutors will ask "
        "the judge to upgrade his bond to $50,000."
    )
    assert charges_of(text) == {("Ray Dunmore", "aggravated battery", "filed")}
