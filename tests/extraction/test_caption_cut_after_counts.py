"""A photo caption cut off after "counts in" or "charges for", with the credit in brackets
after it, names the charges before "counts": the preposition left hanging is no part of the
last one. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Grand jurors later indicted Ann Lee on murder and torture counts in (Daily Ledger)",
            {("Ann Lee", "murder", "filed"), ("Ann Lee", "torture", "filed")},
        ),
        (
            "Bo Tran was charged with burglary and theft counts for (Staff photo)",
            {("Bo Tran", "burglary", "filed"), ("Bo Tran", "theft", "filed")},
        ),
        (
            "Cy Orr faces arson charges under (Courtesy of the sheriff's office)",
            {("Cy Orr", "arson", "filed")},
        ),
    ],
)
def test_hanging_preposition_after_counts_ends_the_charge(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the preposition has its object, or the counts are counted
        (
            "Ann Lee was indicted on murder and torture counts in the boy's death.",
            {("Ann Lee", "murder", "filed"), ("Ann Lee", "torture", "filed")},
        ),
        (
            "Bo Tran faces burglary charges in Marlow (Staff photo)",
            {("Bo Tran", "burglary", "filed")},
        ),
    ],
)
def test_counts_with_their_object_read_as_before(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected
