"""Evading an officer is an offence whose object is part of its name ("evading a peace officer
with reckless driving", as California charges it), not an act done to a person. Every
sentence is invented."""

from __future__ import annotations

from tests.extraction.reading import charges_of


def test_evading_a_peace_officer_is_a_charge() -> None:
    text = "Bo Tran, 41, of Fenwick, is charged with evading a peace officer with reckless driving."
    assert ("Bo Tran", "evading a peace officer with reckless driving", "filed") in charges_of(text)


def test_evading_an_officer_in_a_list() -> None:
    text = (
        "Bo Tran, 41, of Fenwick, is charged with carjacking, evading an officer and possession "
        "of a firearm by a felon."
    )
    found = charges_of(text)
    assert ("Bo Tran", "evading an officer", "filed") in found
    assert ("Bo Tran", "carjacking", "filed") in found


def test_stabbing_an_officer_is_still_an_act() -> None:
    # near miss: a deed done to an officer names no offence
    text = "Bo Tran, 41, of Fenwick, is charged with stabbing an officer."
    assert ("Bo Tran", "stabbing an officer", "filed") not in charges_of(text)
