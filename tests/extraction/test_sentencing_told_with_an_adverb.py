"""A sentencing to come told by the judge's verb with an adverb between ("Judge Ann Reyes will
formally sentence him on Dec. 7") is set for that day, as "will sentence him" is. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

VERDICT = "Bo Tran, 36, was convicted of manslaughter Thursday. "


@pytest.mark.parametrize(
    "text",
    [
        VERDICT + "Judge Al Roe will formally sentence Tran on Dec. 7.",
        VERDICT + "Judge Al Roe is expected to officially sentence Tran on Dec. 7.",
    ],
)
def test_a_sentencing_told_with_an_adverb_is_set(text: str) -> None:
    assert ("Bo Tran", "sentencing", "2024-12-07") in court_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence of words, or a verb the adverb does not lead to
        VERDICT + "Judge Al Roe will formally consider the motion on Dec. 7.",
        VERDICT + "The jury's recommended sentence is not binding.",
    ],
)
def test_no_sentencing_without_the_verb(text: str) -> None:
    assert not any(kind == "sentencing" for _, kind, _ in court_of(text))
