"""A charge brought against someone told by his age before his name ("approved a charge of
murder against 27-year-old Bo Tran") is his, and the name is no part of the offence; an
one harmed, told by age ("assault against 3-year-old Cy Hall"), is not charged."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

LEAD = "Ann Lee, 31, was shot and killed on March 2 in Reno. "


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (
            "Prosecutors approved a charge of second-degree murder against 27-year-old Bo Tran, "
            "of no fixed address.",
            {("Bo Tran", "second-degree murder", "filed")},
        ),
        (
            "The county attorney filed a charge of manslaughter against 19-year-old Cy Hall.",
            {("Cy Hall", "manslaughter", "filed")},
        ),
    ],
)
def test_a_charge_against_someone_told_by_his_age(told: str, expected: set) -> None:
    assert charges_of(LEAD + told) == expected


@pytest.mark.parametrize(
    "told",
    [
        # Near misses: the one harmed, told by age, is not the one charged.
        "Bo Tran, 27, was charged with assault against 3-year-old Cy Hall.",
        "Bo Tran, 27, faces a charge of assault against a 3-year-old boy.",
    ],
)
def test_the_one_harmed_told_by_age_is_not_charged(told: str) -> None:
    assert {person for person, _, _ in charges_of(told)} == {"Bo Tran"}
