"""A weapon held to or pointed at one described before and named by a pronoun ("approached a
woman pumping gas, pressed a gun to her side") makes her a target, unharmed; a thing held to
one's own ear is no weapon. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import victims_of


def test_a_gun_pressed_to_her_makes_her_a_target() -> None:
    text = (
        "Cal Dunmore, 19, was charged with carjacking. Police said Dunmore approached a woman "
        "pumping gas at a station, pressed a gun to her side and took her keys."
    )
    assert victims_of(text) == [(None, None, "unharmed")]


def test_a_phone_held_to_her_ear_makes_no_target() -> None:
    text = (
        "Cal Dunmore, 19, was charged with robbery. A woman who saw the robbery held a phone to "
        "her ear and called 911."
    )
    assert victims_of(text) == []
