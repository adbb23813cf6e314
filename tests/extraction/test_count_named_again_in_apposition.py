"""A count told by its kind and then, after a comma, by its fuller name ("a conspiracy count,
conspiracy to commit arson") is one charge, the fuller one; a count of one kind listed beside
a fuller charge of another stays its own. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ronan Vance was charged on Tuesday with burglary and a conspiracy count, "
            "conspiracy to commit burglary.",
            {"burglary", "conspiracy to commit burglary"},
        ),
        (
            "Kira Mott admitted two counts of theft and a fraud count, fraud by wire, on Tuesday.",
            {"theft", "fraud by wire"},
        ),
        (
            "Lena Osei faces a single conspiracy count, conspiracy to distribute heroin.",
            {"conspiracy to distribute heroin"},
        ),
        # near miss: two kinds of count, neither told again
        (
            "Ronan Vance was charged on Tuesday with two burglary counts and a count of "
            "burglary conspiracy.",
            {"burglary", "burglary conspiracy"},
        ),
    ],
)
def test_count_named_again_in_apposition(text: str, expected: set) -> None:
    assert {charge for _, charge, _ in charges_of(text)} == expected
