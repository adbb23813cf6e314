"""A report that counts the case among other crimes of its place or time, then tells one of
them, tells another incident: its harm, its suspect and its arrest are not the case's. A
victim the case named stays one when a statistic names him again. Every sentence here is
written for these tests."""

from __future__ import annotations

from tests.extraction.reading import arrests_of, suspects_of, victims_of

STORY = (
    "A 24-year-old man was shot to death outside a corner store on Saturday night. Police on "
    "Monday identified the man as Dorian Vell of Eastbrook. Detectives are searching for the "
    "gunman. "
)
OTHER = (
    "It was the second violent crime on the block this month. On March 2, a 37-year-old man "
    "was stabbed at a bus stop nearby; a suspect in that case was arrested the same night."
)


def test_a_crime_told_after_a_count_is_another_incident() -> None:
    assert victims_of(STORY + OTHER) == [("Dorian Vell", None, "killed")]
    assert arrests_of(STORY + OTHER) == set()
    assert all(age != 37 for _, age in suspects_of(STORY + OTHER))


def test_near_miss_the_count_alone_changes_nothing() -> None:
    text = STORY + "It was the second violent crime on the block this month."
    assert victims_of(text) == [("Dorian Vell", None, "killed")]


def test_a_victim_named_again_in_a_statistic_stays_the_victim() -> None:
    text = (
        STORY
        + "Vell is the city's fourth homicide victim of 2024, according to department figures."
    )
    assert victims_of(text) == [("Dorian Vell", None, "killed")]
