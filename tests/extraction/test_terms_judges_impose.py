"""Terms told as British and Irish courts give them: a judge who "jailed Bo Tran for life
with a minimum term of 18 years" imposed life with its minimum (the minimum is the term's,
no prospect of a plea), and "disqualified him from driving for 12 years" is an order beside
the term, no custody. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import terms_of

LEAD = "Bo Tran, 28, was found guilty of murder. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Judge Ann Lee KC jailed Tran for life with a minimum term of 18 years before he can "
            "be considered for parole.",
            {("Bo Tran", "life", 18)},
        ),
        (
            "Judge Ann Lee jailed him for life with a minimum term of 22 years.",
            {("Bo Tran", "life", 22)},
        ),
        (
            "Judge Ann Lee sentenced Tran to four years' imprisonment and disqualified him from "
            "driving for 12 years.",
            {("Bo Tran", "prison", 4), ("Bo Tran", "other", 12)},
        ),
        # near misses: a term a judge could have imposed, and a minimum a plea deal offered
        ("A judge could have jailed Tran for life with a minimum term of 18 years.", set()),
        (
            "Under the plea deal, Tran faces a mandatory minimum of 10 years.",
            set(),
        ),
    ],
)
def test_terms_judges_impose(text: str, expected: set) -> None:
    assert terms_of(LEAD + text) == expected
