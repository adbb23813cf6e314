"""A relative's death told as the time of an arrest or a charge ("was arrested after his
girlfriend's 2-year-old son died") is the case's killing, its victim killed; told as the time
of a life's event ("took over the farm after her husband died") it is no victim. Every
sentence here is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import victims_of


def test_a_death_an_arrest_followed_is_the_case_killing() -> None:
    text = (
        "A 26-year-old man was arrested Monday and charged with aggravated child abuse after "
        "his girlfriend's 2-year-old son was taken to a hospital unresponsive and later died, "
        "police said. Ray Dunmore, of Kessler, was booked into the county jail."
    )
    assert victims_of(text) == [(None, 2, "killed")]


def test_a_death_before_a_life_event_is_no_victim() -> None:
    text = (
        "Ann Voss took over the family farm in 2019 after her husband died. Voss, 61, was "
        "charged Monday with theft from a neighbour."
    )
    assert victims_of(text) == []
