"""Court dates told as lying ahead, in wordings probed across outlets: a session someone
"will be" arraigned at, "next Thursday" told on a Thursday, a case "adjourned to Friday",
custody "to appear again" on a day, and a court named as the one he "faced" or owned by a
possessive ("Magistrates' Court"). The sentences are written for these tests; `PUBLISHED`
is Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, court_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "will be" looks ahead whatever verb of a session follows it.
        (
            "Orrin Vell, 24, was charged with assault. He will be arraigned on March 22.",
            {("Orrin Vell", "arraignment", "2024-03-22")},
        ),
        (
            "Orrin Vell, 24, was charged with assault. He will be arraigned in Superior Court "
            "on March 22.",
            {("Orrin Vell", "arraignment", "2024-03-22")},
        ),
        # "next Thursday", told on a Thursday, is a week on.
        (
            "Orrin Vell was charged with murder. His arraignment is set for next Thursday.",
            {("Orrin Vell", "arraignment", "2024-03-21")},
        ),
        # A case adjourned to a weekday is adjourned to the coming one.
        (
            "Orrin Vell, 31, was charged with assault. The matter was adjourned to Friday.",
            {("Orrin Vell", "appearance", "2024-03-15")},
        ),
        (
            "Orrin Vell, 31, was charged with assault. The case was adjourned until Monday.",
            {("Orrin Vell", "appearance", "2024-03-18")},
        ),
        # Custody until the next session, as Irish and British courts tell it.
        (
            "Orrin Vell, 25, appeared in Kilmoon District Court on Monday charged with assault "
            "causing harm. He was remanded in custody to appear again on March 21.",
            {
                ("Orrin Vell", "appearance", "2024-03-11"),
                ("Orrin Vell", "appearance", "2024-03-21"),
            },
        ),
        (
            "Orrin Vell, 25, was charged with theft. He was bailed to appear at Tarnby "
            "Magistrates' Court on April 2.",
            {("Orrin Vell", "appearance", "2024-04-02")},
        ),
        # A court named as what he faced, as Australian reports give it.
        (
            "Orrin Vell, 31, faced Bellmore Local Court on Tuesday charged with robbery.",
            {("Orrin Vell", "appearance", "2024-03-12")},
        ),
        # ... not charges faced in a court.
        (
            "Orrin Vell, 31, faces charges in Bellmore County Court of robbery.",
            set(),
        ),
    ],
)
def test_court_days_ahead(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The run before "Magistrates' Court" names the court, not a person who could be
        # the subject the charge is said of.
        (
            "Wenna Dray, 27, of Dunmere, appeared before Tarnby Magistrates' Court on Tuesday "
            "charged with burglary.",
            {("Wenna Dray", "burglary", "filed")},
        ),
        (
            "Wenna Dray, 27, of Dunmere, appeared at Tarnby Children's Court on Tuesday "
            "charged with arson.",
            {("Wenna Dray", "arson", "filed")},
        ),
        # "break and enter", as Canadian and Australian courts name it, is one offence.
        (
            "Wenna Dray, 31, was charged with break and enter.",
            {("Wenna Dray", "break and enter", "filed")},
        ),
        (
            "Wenna Dray, 31, was charged with aggravated break and enter and assault.",
            {
                ("Wenna Dray", "aggravated break and enter", "filed"),
                ("Wenna Dray", "assault", "filed"),
            },
        ),
    ],
)
def test_charges_before_a_court_named_with_a_possessive(text: str, expected: set) -> None:
    assert charges_of(text) == expected
