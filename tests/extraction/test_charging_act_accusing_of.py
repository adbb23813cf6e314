"""A charging act's participle names what it accuses of: "filed charges against Bo Tran,
accusing him of arson", "indicted Ann Lee on Tuesday, accusing her of fraud". An
accusation with no charging act ("neighbours confronted him, accusing him of theft") names
no charge. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Late Friday, deputies filed charges against the injured driver, 37-year-old Wren "
            "Halloway of Tessbury, accusing him of arson along with other counts.",
            {("Wren Halloway", "arson", "filed")},
        ),
        (
            "Prosecutors charged Ottilie Marsh, 52, on Monday, accusing her of embezzlement.",
            {("Ottilie Marsh", "embezzlement", "filed")},
        ),
        (
            "A grand jury indicted Fenn Castellan, 44, accusing him of fraud and forgery.",
            {("Fenn Castellan", "fraud", "filed"), ("Fenn Castellan", "forgery", "filed")},
        ),
    ],
)
def test_charging_participle_names_the_charge(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Neighbours confronted Wren Halloway, 37, accusing him of theft.",
        "Wren Halloway, 37, who was charged with trespass in 2019, later sued the county, "
        "accusing it of negligence.",
    ],
)
def test_near_miss_accusation_with_no_charging_act(text: str) -> None:
    assert not {c for c in charges_of(text) if c[1] in ("theft", "negligence")}
