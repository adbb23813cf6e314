"""A list of counts names the count's noun once: "two counts of robbery and one of assault",
"38 charges of fraud and one of forgery" charge the offence after the bare "one of" as well;
"two of the charges", "one of three counts" name no further offence. Every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee, 47, faces two counts of robbery and one of aggravated assault.",
            {("Ann Lee", "robbery", "filed"), ("Ann Lee", "aggravated assault", "filed")},
        ),
        (
            "Ann Lee, 47, was charged with 12 counts of fraud, two of theft and one of forgery.",
            {
                ("Ann Lee", "fraud", "filed"),
                ("Ann Lee", "theft", "filed"),
                ("Ann Lee", "forgery", "filed"),
            },
        ),
        (
            "Bo Tran, 30, faces 38 charges of embezzlement and one of dealing with the "
            "proceeds of crime.",
            {
                ("Bo Tran", "embezzlement", "filed"),
                ("Bo Tran", "dealing with the proceeds of crime", "filed"),
            },
        ),
        # near misses: a part of the counts already told names no new offence
        ("Ann Lee, 47, was convicted of two of the charges.", set()),
        (
            "Ann Lee, 47, was found guilty on one of three counts of robbery.",
            {("Ann Lee", "robbery", "convicted")},
        ),
    ],
)
def test_a_count_told_again_without_its_noun(text: str, expected: set) -> None:
    assert charges_of(text) == expected
