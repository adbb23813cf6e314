"""One called by a relation is no one told before by another: "stabbed his wife ... Their
9-year-old daughter suffered a cut" tells two harmed, while "the officer" after "a special
agent" may still be the one told before. Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.reading import described_victims_of


def test_relative_is_no_other_relative() -> None:
    text = (
        "Bo Tran, 38, was arrested Monday after police say he stabbed his wife. Their "
        "9-year-old daughter suffered a cut to her hand."
    )
    found = described_victims_of(text)
    assert (None, "wife", "injured") in found
    assert (None, "9-year-old daughter", "injured") in found


def test_the_same_relative_again() -> None:
    # near miss: the same relation told again is the one told before
    text = (
        "Bo Tran, 38, was arrested Monday after police say he stabbed his wife. His wife "
        "suffered cuts to her arms."
    )
    assert described_victims_of(text) == [(None, "wife", "injured")]
