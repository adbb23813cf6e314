"""A sentencing adjourned or deferred to a day, as British and Irish courts report it
("adjourned sentencing until March 28", "Sentencing was adjourned until"), is set for that
day; so is "sentence" put off, as Scottish courts say it ("deferred sentence until March 28",
"Sentence was adjourned until"), but not "a deferred sentence", a kind of term. Every sentence here is invented."""

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
        VERDICT + "Lady Wrenmoor deferred sentence until March 28 for background reports.",
        VERDICT + "Sentence was adjourned until March 28.",
        VERDICT + "Sheriff Ann Lowe postponed sentence until March 28.",
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
        # a deferred sentence is a kind of term, handed down at no adjourned sitting
        "Bo Tran, 19, admitted the theft. His lawyer said a deferred sentence of probation "
        "would suit him, and the hearing was adjourned until March 28.",
    ],
)
def test_an_adjournment_of_no_sentencing_is_none(text: str) -> None:
    assert not any(kind == "sentencing" for _, kind, _ in court_of(text))
