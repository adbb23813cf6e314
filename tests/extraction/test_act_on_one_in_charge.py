"""An act done to one in the accused's charge ("guilty of sexually assaulting a 16-year-old
player", "abusing a pupil") tells the deed, read as the offence it is, as an act done to a
girl or a boy is. Every sentence is invented."""

from __future__ import annotations

from tests.extraction.reading import charges_of


def test_sexually_assaulting_a_player_is_sexual_assault() -> None:
    text = (
        "A jury on Thursday found coach Bo Tran guilty of sexually assaulting a 15-year-old player."
    )
    found = charges_of(text)
    assert ("Bo Tran", "sexual assault", "convicted") in found
    assert ("Bo Tran", "sexually assaulting a 15-year-old player", "convicted") not in found


def test_the_fuller_charge_covers_the_deed() -> None:
    text = (
        "A jury on Thursday found coach Bo Tran guilty of sexually assaulting a player. Jurors "
        "convicted Tran of institutional sexual assault."
    )
    found = charges_of(text)
    assert ("Bo Tran", "institutional sexual assault", "convicted") in found
    assert ("Bo Tran", "sexually assaulting a player", "convicted") not in found


def test_an_offence_naming_a_class_is_kept() -> None:
    # near miss: the object is part of a code's name, no person the report tells of
    text = "Bo Tran, 44, of Fenwick, is charged with endangering the welfare of a child."
    assert ("Bo Tran", "endangering the welfare of a child", "filed") in charges_of(text)
