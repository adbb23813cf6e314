"""A term a judge imposes on someone named between the verb and the term ("ordered Bo Tran to
serve 12 years for robbery", "handed him a 15-year term for arson", "gave Bo Tran eight years
for assault") tells the charges he was convicted of (extraction/charge_verdict_cues.py), as
"was ordered to serve 12 years for robbery" does; an order with no term, or a term not tied to
a charge by "for", convicts of nothing."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Judge Ann Reyes ordered 31-year-old Bo Tran Jr. to serve a combined term of 12 years "
            "for the robbery and arson charges.",
            {("Bo Tran Jr.", "robbery", "convicted"), ("Bo Tran Jr.", "arson", "convicted")},
        ),
        (
            "Bo Tran, 31, pleaded not guilty last year. On Monday a judge ordered him to serve "
            "nine years in prison for burglary.",
            {("Bo Tran", "burglary", "convicted")},
        ),
        (
            "Bo Tran, 31, was convicted in May. A judge handed him a 15-year prison term for "
            "manslaughter.",
            {("Bo Tran", "manslaughter", "convicted")},
        ),
        (
            "Judge Ann Reyes gave Bo Tran, 31, eight years in prison for aggravated assault.",
            {("Bo Tran", "aggravated assault", "convicted")},
        ),
    ],
)
def test_a_term_imposed_on_a_named_object_convicts(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= charges_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: an order with no term, and a gift that is no sentence.
        "Bo Tran, 31, was charged with burglary. A judge ordered him to stay away for a year.",
        "Bo Tran, 31, was charged with burglary. His mother gave him a car for his birthday.",
        "Bo Tran, 31, was charged with burglary. A judge ordered him held for 10 days for "
        "a mental evaluation.",
    ],
)
def test_no_term_for_a_charge_convicts_of_nothing(text: str) -> None:
    assert all(status == "filed" for _, _, status in charges_of(text))
