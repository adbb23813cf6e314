"""A plea told with the judge it was entered before between the verb and the charges
("entered guilty pleas before 12th District Court Judge Ann Lee to two counts of robbery"):
the charges are the pleader's, convicted, and the judge is no one charged. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bo Tran, 25, entered guilty pleas before 12th District Court Judge Nell Ostrow "
            "to two counts of intoxication manslaughter and one count of intoxication assault.",
            {
                ("Bo Tran", "intoxication manslaughter", "convicted"),
                ("Bo Tran", "intoxication assault", "convicted"),
            },
        ),
        (
            "Cal Dunne, 31, entered a guilty plea before Superior Court Judge Ray Orr to a "
            "charge of aggravated robbery on Monday.",
            {("Cal Dunne", "aggravated robbery", "convicted")},
        ),
    ],
)
def test_plea_before_a_judge(text: str, expected: set) -> None:
    found = set(charges_of(text))
    assert expected <= found
    assert all(person not in ("Nell Ostrow", "Ray Orr") for person, _, _ in found)


# near misses: a plea not entered, and a judge who set a date, not a plea
@pytest.mark.parametrize(
    "text",
    [
        "Bo Tran, 25, did not enter pleas before District Judge Nell Ostrow to charges of "
        "intoxication manslaughter.",
        "Bo Tran, 25, appeared before District Judge Nell Ostrow, who set a hearing for May.",
    ],
)
def test_no_plea_before_a_judge(text: str) -> None:
    assert not any(status == "convicted" for _, _, status in charges_of(text))
    assert all(person != "Nell Ostrow" for person, _, _ in charges_of(text))
