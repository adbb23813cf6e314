"""A charge told in a time clause of the subject's relative ("was arrested Tuesday, a day after
her boyfriend was charged with aggravated child abuse") is the relative's, the one the report
names so ("her boyfriend, Bo Tran, 26,"), not the subject's. Every sentence here is written
for these tests."""

from __future__ import annotations

from tests.extraction.reading import charges_of


def test_a_boyfriends_charge_in_a_time_clause_is_his() -> None:
    text = (
        "The mother of a 2-year-old boy who died Monday was arrested Tuesday on a child neglect "
        "charge, a day after her boyfriend was charged with aggravated child abuse, police "
        "said. Ann Ostrow, 23, is accused of failing to get care for her son. She told "
        "detectives that her boyfriend, Cal Dunmore, 26, said the boy had fallen."
    )
    assert charges_of(text) == {
        ("Ann Ostrow", "child neglect", "filed"),
        ("Cal Dunmore", "aggravated child abuse", "filed"),
    }


def test_the_subjects_own_charge_after_a_relatives_death_is_hers() -> None:
    text = (
        "A day after her boyfriend was hurt in the fire, Ann Ostrow, 23, was charged with "
        "arson, police said."
    )
    assert charges_of(text) == {("Ann Ostrow", "arson", "filed")}
