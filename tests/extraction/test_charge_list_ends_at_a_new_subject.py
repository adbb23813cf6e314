"""A list of charges ends where ", and" opens a clause with a subject of its own, named and
followed by its verb ("pleaded guilty to arson, and Ida Pell, 30, pleaded guilty to theft",
"... and Ida Pell admitted fraud"): the next clause's charges are its subject's, not the first
one's (extraction/charge_list_end.py). Title-case offences after ", and" still belong to the
list."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bo Tran, 32, pleaded guilty to arson, and Ida Pell, 30, pleaded guilty to theft "
            "and fraud.",
            {
                ("Bo Tran", "arson", "convicted"),
                ("Ida Pell", "theft", "convicted"),
                ("Ida Pell", "fraud", "convicted"),
            },
        ),
        (
            "Bo Tran, 32, pleaded guilty to burglary, and Ida Pell entered pleas to theft "
            "and fraud.",
            {
                ("Bo Tran", "burglary", "convicted"),
                ("Ida Pell", "theft", "convicted"),
                ("Ida Pell", "fraud", "convicted"),
            },
        ),
        # Near miss: offences in title case after ", and" are the list's.
        (
            "Bo Tran, 32, was charged with Burglary, and Receiving Stolen Property.",
            {("Bo Tran", "burglary", "filed"), ("Bo Tran", "receiving stolen property", "filed")},
        ),
    ],
)
def test_a_list_ends_at_a_new_subject(text: str, expected: set) -> None:
    assert charges_of(text) == expected
