"""The bail process names its accused: a hearing only the accused has, told for him ("The bail
hearing for Bo Tran was adjourned", "a sentencing hearing for Ann Lee"), and release on a bail
a court secured ("was released Thursday with a $10,000 surety") make the one named a suspect,
so a group told after them ("The two are charged with ...") is both. A hearing held for
someone else's sake, or release from hospital, names no suspect. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bail hearing for Bo Tran, 30, was adjourned to next week.", {("Bo Tran", 30)}),
        ("A sentencing hearing for Bo Tran, 30, is set for Monday.", {("Bo Tran", 30)}),
        # near misses: a hearing held for another's sake, a release that is no bail
        (
            "Bo Tran, 30, was charged with murder. A bail hearing was held for Ann Lee's family "
            "to speak.",
            {("Bo Tran", 30)},
        ),
        ("Ann Lee, 26, was released from hospital Thursday.", set()),
        ("Ann Lee, 26, was released Thursday with minor injuries.", set()),
    ],
)
def test_the_bail_process_names_its_accused(text: str, expected: set) -> None:
    assert set(suspects_of(text)) == expected


def test_a_group_told_after_both_is_both() -> None:
    text = (
        "Ann Lee, 26, was released Thursday with a $10,000 surety. The bail hearing for Bo "
        "Tran, 30, was adjourned to next week. The two are charged with manslaughter."
    )
    assert charges_of(text) == {
        ("Ann Lee", "manslaughter", "filed"),
        ("Bo Tran", "manslaughter", "filed"),
    }
