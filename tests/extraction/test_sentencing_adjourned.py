"""A sentencing adjourned or deferred to a day, as British and Irish courts report it
("adjourned sentencing until March 28", "Sentencing was adjourned until"), is set for that
day. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

VERDICT = "Bo Tran, 19, was convicted of manslaughter at Crown Court on Friday. "


@pytest.mark.parametrize(
    "text",
    [
        VERDICT + "Judge Al Roe remanded Tran in custody and adjourned sentencing until March 28.",
        VERDICT + "Sentencing was adjourned until March 28.",
        VERDICT + "The judge deferred sentencing until March 28.",
    ],
)
def test_an_adjourned_sentencing_is_set(text: str) -> None:
    assert ("Bo Tran", "sentencing", "2024-03-28") in court_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # an adjourned trial or hearing is no sentencing
        VERDICT + "The judge adjourned the hearing until March 28.",
        VERDICT + "The case was adjourned until March 28 for reports.",
    ],
)
def test_an_adjournment_of_no_sentencing_is_none(text: str) -> None:
    assert not any(kind == "sentencing" for _, kind, _ in court_of(text))
