"""Appearing before a judge named by title ("appeared before Judge Anna Reyes", "before
District Judge Bo Tran") is a court appearance, as "before the judge" is: a suspect whose name
is kept back and told by his age ("The 24-year-old appeared before Judge ...") has that age.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of

LEAD = "A man accused of murdering Ann Lee in Frankton has been granted interim name suppression. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The 24-year-old appeared before Judge Rua Tane in the Hamilton District Court today.",
        "The 24-year-old appeared before District Judge Rua Tane in court this morning.",
    ],
)
def test_the_one_described_who_appeared_has_that_age(sentence: str) -> None:
    assert set(suspects_of(LEAD + sentence)) == {(None, 24)}


def test_one_who_spoke_before_a_judge_is_not_described() -> None:
    # near miss: someone else told by an age, who spoke before the judge
    text = LEAD + "The 24-year-old's cousin spoke before Judge Rua Tane in the afternoon."
    assert (None, 24) not in suspects_of(text)
