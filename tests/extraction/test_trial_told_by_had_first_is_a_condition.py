"""A verdict told as a condition with "had" first ("avoided a life term had a jury convicted
him", "Had the jury found him guilty, he faced life") is a trial that did not take place: no
court event. A verdict told plainly is a trial. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

_PLEADED = "Tobin Marsh pleaded guilty to fraud. "


@pytest.mark.parametrize(
    "text",
    [
        _PLEADED + "By pleading he avoided a possible life term had a jury convicted him on "
        "every count.",
        _PLEADED + "Had the jury found him guilty on all counts, he faced decades in prison.",
        _PLEADED + "He could have served 30 years had the judge convicted him at a bench trial.",
    ],
)
def test_a_verdict_told_as_a_condition_is_no_trial(text: str) -> None:
    assert all(kind != "trial" for _, kind, _ in court_of(text))


def test_a_verdict_told_plainly_is_a_trial() -> None:
    # near miss: the verdict happened
    text = "Tobin Marsh was convicted of fraud after a jury found him guilty on every count."
    assert ("Tobin Marsh", "trial", None) in court_of(text)
