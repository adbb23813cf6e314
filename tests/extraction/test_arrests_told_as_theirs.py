"""A group's arrests told as theirs ("have been held since their arrests on March 2") are the
arrest of each one the sentence or the report names, on that day, as "his arrest" is of one.
A paper named for their arrest ("their arrest records") is no arrest. On sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrests_of

_BOTH = {("Corin Abney", "2024-03-02", False), ("Lute Farrow", "2024-03-02", False)}


@pytest.mark.parametrize(
    "text",
    [
        "A grand jury indicted Corin Abney, 31, and Lute Farrow, 27, on robbery charges. Both men "
        "have been held since their arrests on March 2.",
        "Prosecutors charged Corin Abney, 31, and Lute Farrow, 27, with arson. Abney and Farrow "
        "have stayed in jail since their arrests on March 2.",
        "Corin Abney, 31, and Lute Farrow, 27, were charged with arson. Their arrests on March 2 "
        "followed a tip, police said.",
    ],
)
def test_their_arrests_are_each_ones(text: str) -> None:
    assert arrests_of(text) == _BOTH


def test_their_arrest_records_are_no_arrest() -> None:
    # near miss: a paper named for the arrest
    text = (
        "Corin Abney, 31, and Lute Farrow, 27, were charged with arson. Their arrest records run "
        "to several pages, police said."
    )
    assert arrests_of(text) == set()
