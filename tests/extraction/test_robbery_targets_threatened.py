"""The target of an armed robbery told by what was asked of him ("demanded cash from a
52-year-old employee") or by the weapon he was threatened with ("a 19-year-old attendant was
threatened with a knife") is a victim, unharmed unless the report says he was hurt; a threat of
no weapon ("threatened with arrest") makes none. Every sentence here is written for these
tests."""

from __future__ import annotations

from tests.extraction.reading import victims_of


def test_one_cash_was_demanded_from_is_a_target() -> None:
    text = (
        "Bo Tran, 31, was charged with armed robbery. Police said a man walked into a bottle "
        "shop in Marbury armed with a knife and demanded cash from a 52-year-old employee."
    )
    assert victims_of(text) == [(None, 52, "unharmed")]


def test_one_threatened_with_a_knife_is_a_target() -> None:
    text = (
        "Bo Tran, 31, was charged with armed robbery. Five days earlier, a 19-year-old "
        "attendant at a Dunmere service station was allegedly threatened with the same knife "
        "during a robbery."
    )
    assert victims_of(text) == [(None, 19, "unharmed")]


def test_a_threat_of_arrest_makes_no_victim() -> None:
    text = (
        "Bo Tran, 31, was charged with trespass. A 40-year-old man was threatened with arrest "
        "when he refused to leave the shop, and a guard demanded an apology from a customer."
    )
    assert victims_of(text) == []
