"""Charges police will ask an office named in full to bring: "will ask the Ingham County
Prosecutor's Office to charge Bo Tran with murder and first-degree arson" expects both, and the
office's "'s" before the verb "to charge" names no charge of its own. Every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

ARRESTED = "Police arrested Bo Tran, 34, on Monday. "


def test_an_office_named_in_full_is_asked_to_charge() -> None:
    text = (
        ARRESTED + "The chief said investigators will ask the Ingham County Prosecutor's Office "
        "to charge Tran with murder and first-degree arson."
    )
    assert charges_of(text) == {
        ("Bo Tran", "murder", "expected"),
        ("Bo Tran", "first-degree arson", "expected"),
    }


def test_a_possessive_before_the_noun_charge_still_reads() -> None:
    # near miss: "his robbery charge" names a charge
    assert charges_of(ARRESTED + "His robbery charge was dropped.") == {
        ("Bo Tran", "robbery", "dropped")
    }


def test_a_charge_only_considered_is_not_filed() -> None:
    text = (
        "Bo Tran, 34, was arraigned on arson. The prosecutor said his office also considered a "
        "charge of assault with intent to murder but has not filed it."
    )
    assert charges_of(text) == {("Bo Tran", "arson", "filed")}
    # near miss: a charge of assault filed is one
    filed = "Bo Tran, 34, was arraigned on arson. The prosecutor said a charge of assault was filed Monday."
    assert ("Bo Tran", "assault", "filed") in charges_of(filed)


def test_a_charge_a_correction_withdraws_is_none() -> None:
    text = (
        "Bo Tran, 34, was indicted on first-degree murder. CORRECTION: An earlier version of "
        "this story incorrectly stated that Tran was also indicted on a charge of tampering "
        "with evidence."
    )
    assert charges_of(text) == {("Bo Tran", "first-degree murder", "filed")}
    # near miss: the same charge told plainly is one
    plain = (
        "Bo Tran, 34, was indicted on first-degree murder. Tran was also indicted on a charge "
        "of tampering with evidence."
    )
    assert ("Bo Tran", "tampering with evidence", "filed") in charges_of(plain)


# The charge police put to prosecutors in the subjunctive ("recommend that prosecutors charge
# Tran with"), and a second defendant's charge told in the same clause ("and Lee with"), are
# expected; near miss: what prosecutors did is filed ("Prosecutors charged Tran with").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ARRESTED + "Detectives will recommend that prosecutors charge Tran with arson.",
            {("Bo Tran", "arson", "expected")},
        ),
        (
            ARRESTED + "Police asked that the district attorney charge Tran with burglary and "
            "theft.",
            {("Bo Tran", "burglary", "expected"), ("Bo Tran", "theft", "expected")},
        ),
        (
            ARRESTED + "Officers also arrested Ann Lee, 30. Police will ask prosecutors to "
            "charge Tran with arson and Lee with burglary.",
            {("Bo Tran", "arson", "expected"), ("Ann Lee", "burglary", "expected")},
        ),
        (
            "Police arrested Bo Tran, 34, Ann Lee, 30, and Cy Moss, 22, on Monday. Detectives "
            "will ask prosecutors to charge Tran with arson and all of them with burglary.",
            {
                ("Bo Tran", "arson", "expected"),
                ("Bo Tran", "burglary", "expected"),
                ("Ann Lee", "burglary", "expected"),
                ("Cy Moss", "burglary", "expected"),
            },
        ),
        (
            "Police arrested Bo Tran, 34, Ann Lee, 30, and Cy Moss, 22, on Monday. Prosecutors "
            "charged Tran with arson and all three with burglary.",
            {
                ("Bo Tran", "arson", "filed"),
                ("Bo Tran", "burglary", "filed"),
                ("Ann Lee", "burglary", "filed"),
                ("Cy Moss", "burglary", "filed"),
            },
        ),
        (
            ARRESTED + "Officers also arrested Ann Lee, 30. Prosecutors charged Tran with arson "
            "and Lee with burglary.",
            {("Bo Tran", "arson", "filed"), ("Ann Lee", "burglary", "filed")},
        ),
    ],
)
def test_a_charge_recommended_in_the_subjunctive(text: str, expected: set) -> None:
    assert charges_of(text) == expected
