"""A sum of bond told with the counts it is set on ("$200,000 on counts of assault", "bail
of $40,000 on two counts of burglary") names those counts as charges, as "$200,000 for
charges of assault" does. A bond told with a day after "on" names none. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_LEDE = "Police arrested Mira Kovac, 36, on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEDE + "Her bonds were set at $90,000 for arson and $15,000 on counts of criminal "
            "mischief.",
            {("Mira Kovac", "arson", "filed"), ("Mira Kovac", "criminal mischief", "filed")},
        ),
        (
            _LEDE + "A magistrate set bail of $40,000 on two counts of burglary.",
            {("Mira Kovac", "burglary", "filed")},
        ),
        (
            _LEDE + "Kovac is held on a $7,500 bond on felony counts of forgery.",
            {("Mira Kovac", "forgery", "filed")},
        ),
        # near miss: a day after "on"
        (_LEDE + "Kovac was released on a $7,500 bond on Tuesday.", set()),
    ],
)
def test_the_counts_a_bond_is_set_on(text: str, expected: set[tuple[str | None, str, str]]) -> None:
    assert charges_of(text) == expected
