"""Victims of a wounding listed by name with no harm told of each ("Police identified the
victims as ..."): hurt as the case's harm was, never killed because a charge of an attempt is
written with a hyphen ("the attempted-murder counts"). Every sentence is invented."""

from __future__ import annotations

from tests.extraction.reading import victims_of

LEAD = (
    "A 30-year-old Fenwick man who police say fired into a crowd outside a bar on Sunday, "
    "wounding three people, is charged with three counts of attempted murder. Bo Tran was "
    "arrested Monday. "
)
LISTED = "Police identified the victims as Ann Lee, 24; Cy Hall, 31; and Dee Moss, 27."


def test_listed_victims_of_a_wounding_are_injured() -> None:
    found = victims_of(LEAD + LISTED)
    for victim in (
        ("Ann Lee", 24, "injured"),
        ("Cy Hall", 31, "injured"),
        ("Dee Moss", 27, "injured"),
    ):
        assert victim in found


def test_hyphenated_attempted_murder_tells_no_death() -> None:
    text = (
        LEAD
        + "Besides the attempted-murder counts, Tran is charged with a weapons offense. "
        + LISTED
    )
    found = victims_of(text)
    assert ("Cy Hall", 31, "killed") not in found
    assert ("Cy Hall", 31, "injured") in found


def test_listed_victims_of_a_killing_stay_killed() -> None:
    # near miss: a report of a killing, whose listed victims died
    text = (
        "A Fenwick man is charged with murder after two people were shot to death outside a bar "
        "on Sunday. Bo Tran was arrested Monday. Police identified the victims as Ann Lee, 24, "
        "and Cy Hall, 31."
    )
    found = victims_of(text)
    assert ("Ann Lee", 24, "killed") in found
    assert ("Cy Hall", 31, "injured") not in found


def test_listed_victims_of_threats_are_not_hurt() -> None:
    # near miss: no one is said hurt, so the names are not made injured
    text = (
        "A Fenwick man is charged with threatening three people outside a bar on Sunday. Bo Tran "
        "was arrested Monday. Police identified the victims as Ann Lee, 24; Cy Hall, 31; and "
        "Dee Moss, 27."
    )
    assert ("Cy Hall", 31, "injured") not in victims_of(text)


def test_wounded_told_only_in_a_statistic_do_not_count() -> None:
    # near miss: people wounded across the city this year are no harm of the case
    text = (
        "A Fenwick man is charged with attempted murder after firing at three people outside a "
        "bar on Sunday. Bo Tran was arrested Monday. Police identified the victims as Ann Lee, "
        "24; Cy Hall, 31; and Dee Moss, 27. The city has had 40 people wounded in shootings this "
        "year."
    )
    assert ("Cy Hall", 31, "injured") not in victims_of(text)
