"""A wound told by whom it was done to ("a charge that stemmed from injuries to a 15-year-old
boy") makes that person a victim, injured; injuries to a part of the body name no one new.
Every sentence here is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import victims_of


def test_injuries_to_a_described_boy_make_him_a_victim() -> None:
    text = (
        "Cal Ostrow, 21, pleaded guilty to second-degree murder in the death of Ann Lee, 68. "
        "Prosecutors dismissed a charge of assault inflicting serious injury, which stemmed "
        "from injuries to a 15-year-old boy who was also at the bus stop."
    )
    assert victims_of(text) == [(None, 15, "injured"), ("Ann Lee", 68, "killed")]


def test_injuries_to_a_part_of_the_body_name_no_one() -> None:
    text = (
        "Cal Ostrow, 21, pleaded guilty to second-degree murder in the death of Ann Lee, 68. "
        "The medical examiner described injuries to her head and neck."
    )
    assert victims_of(text) == [("Ann Lee", 68, "killed")]
