"""An offence named before the noun of its charges ("three murder counts", "two theft
charges") ends at that noun: what follows tells of the charges ("covering the deaths of",
"filed Monday", "stemming from"), no word of the offence. A count's own "of" goes on to the
offence. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dace Whitlow, 52, admitted three murder counts covering the deaths of his neighbors.",
            {("Dace Whitlow", "murder", "convicted")},
        ),
        (
            "Dace Whitlow, 52, faces two forgery charges filed Monday in county court.",
            {("Dace Whitlow", "forgery", "filed")},
        ),
        (
            "Dace Whitlow, 52, pleaded guilty to four burglary counts spanning two summers.",
            {("Dace Whitlow", "burglary", "convicted")},
        ),
        # Near miss: the count's own "of" names the offence after it.
        (
            "Dace Whitlow, 52, pleaded guilty to two counts each of arson and forgery.",
            {("Dace Whitlow", "arson", "convicted"), ("Dace Whitlow", "forgery", "convicted")},
        ),
    ],
)
def test_words_after_the_noun_of_the_charges(text: str, expected: set) -> None:
    assert charges_of(text) == expected
