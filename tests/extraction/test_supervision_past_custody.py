"""Supervision that follows custody, however a report names it ("post-prison supervision", a
British court's "extended licence"), is a term of kind other, as supervised release is, never a
second prison term. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import terms_of

CHARGED = "Bo Tran, 41, of Marlow, was charged with robbery. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bo Tran was sentenced Friday to 13 months in prison, followed by three years of "
            "post-prison supervision.",
            {("Bo Tran", "prison", 1.0833), ("Bo Tran", "other", 3)},
        ),
        (
            "The judge sentenced Bo Tran to nine years' imprisonment, with a further four years "
            "on extended licence.",
            {("Bo Tran", "prison", 9), ("Bo Tran", "other", 4)},
        ),
        (
            "Bo Tran was jailed for six years, followed by two years of post-custody supervision.",
            {("Bo Tran", "prison", 6), ("Bo Tran", "other", 2)},
        ),
        # near misses: custody told twice stays custody, and a term with no supervision after it
        (
            "Bo Tran was sentenced to nine years' imprisonment, with a further four years in "
            "custody for the firearm.",
            {("Bo Tran", "prison", 9), ("Bo Tran", "prison", 4)},
        ),
        (
            "Bo Tran was sentenced Friday to three years in prison.",
            {("Bo Tran", "prison", 3)},
        ),
    ],
)
def test_supervision_past_custody_is_no_prison(text: str, expected: set) -> None:
    assert terms_of(CHARGED + text) == expected
