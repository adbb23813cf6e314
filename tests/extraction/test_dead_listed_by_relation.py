"""A list of the dead may tell the relation the later ones bear to the first ("identified those
killed as Ann Lee, 33, and her children Bo Lee, 9, and Cy Lee, 6"): each of them is one of the
dead; a relation told of someone no list joins ("Ann Lee, 33, died; her husband Bo Lee was
driving") is not. Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.reading import outcomes_of

LEAD = "A woman and two of her children died early Sunday when a pickup slammed into their SUV. "


def test_dead_listed_by_relation() -> None:
    text = LEAD + (
        "On Monday, police identified those killed as Ann Lee, 33, and her children Bo Lee, 9, "
        "and Cy Lee, 6, all of Marlow."
    )
    found = outcomes_of(text)
    assert ("Bo Lee", "killed") in found
    assert ("Cy Lee", "killed") in found


def test_relation_outside_the_list() -> None:
    # near miss: the relation opens a clause of its own, no item of the list
    text = LEAD + "Police identified the dead woman as Ann Lee, 33. Her husband Bo Lee was driving."
    assert ("Bo Lee", "killed") not in outcomes_of(text)
