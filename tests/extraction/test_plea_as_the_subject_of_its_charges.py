"""A plea told as the subject of the charges it answers ("Tran's plea covered second-degree
murder and arson", "His pleas included two counts of theft") convicts of them
(extraction/charge_verdict_cues.py), as "pleaded guilty to" does; a not-guilty plea told before
leaves them filed, and a plea deal that includes a promise names no charge."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bo Tran, 32, was sentenced. Tran's plea covered second-degree murder and arson.",
            {("Bo Tran", "second-degree murder", "convicted"), ("Bo Tran", "arson", "convicted")},
        ),
        (
            "Bo Tran, 32, was sentenced. Tran's pleas encompassed two counts of theft.",
            {("Bo Tran", "theft", "convicted")},
        ),
        (
            "Bo Tran, 32, pleaded guilty Monday. His plea was to aggravated burglary.",
            {("Bo Tran", "aggravated burglary", "convicted")},
        ),
        # Near misses: a not-guilty plea, and a deal's terms.
        (
            "Bo Tran, 32, pleaded not guilty Monday. His plea covered all counts of theft.",
            {("Bo Tran", "theft", "filed")},
        ),
        ("Bo Tran, 32, took a plea deal. The plea deal included a promise to testify.", set()),
    ],
)
def test_a_plea_as_the_subject_of_its_charges(text: str, expected: set) -> None:
    assert charges_of(text) == expected
