"""An age told in an apposition to a clause is its subject's (extraction/suspect_ages.py):
"Bo Tran appeared in court Monday, the 23-year-old's first appearance"."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rob Vance appeared in court via video link on Monday, the 23-year-old's first "
            "appearance since his arrest.",
            Counter({("Rob Vance", 23): 1}),
        ),
        # Near miss: an age told of the case's other person, in words of no court step.
        (
            "Rob Vance appeared in court on Monday. Nora Pell watched from the gallery, the "
            "23-year-old's first visit to a courtroom.",
            Counter({("Rob Vance", None): 1}),
        ),
    ],
)
def test_an_age_in_an_apposition_to_the_clause(text: str, expected: Counter) -> None:
    assert suspects_of(text) == expected
