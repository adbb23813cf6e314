"""Counts listed after a colon that follows the paper or the charges against someone are his
charges (extraction/charge_cues.py, charge_status.py): "returned a five-count indictment
against Bo Tran: two counts of burglary and ...", "prosecutors dismissed the remaining charges
against her: theft by deception and forgery"."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_LEAD = "Rob Vance, 19, of Elmwood, appeared in court Monday. "
_PLEA = "Ann Kolb, 44, pleaded guilty Tuesday to one count of identity theft. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "A grand jury last month returned a four-count indictment against Vance: "
            "two counts of burglary, one count of arson and one count of criminal mischief.",
            {
                ("Rob Vance", "burglary", "filed"),
                ("Rob Vance", "arson", "filed"),
                ("Rob Vance", "criminal mischief", "filed"),
            },
        ),
        (
            _LEAD + "The complaint against him: receiving stolen property and fleeing police.",
            {
                ("Rob Vance", "receiving stolen property", "filed"),
                ("Rob Vance", "fleeing police", "filed"),
            },
        ),
        (
            _PLEA + "In return, prosecutors dismissed the remaining charges against her: "
            "forgery, theft by deception and unlawful use of a computer.",
            {
                ("Ann Kolb", "identity theft", "convicted"),
                ("Ann Kolb", "forgery", "dropped"),
                ("Ann Kolb", "theft by deception", "dropped"),
                ("Ann Kolb", "unlawful use of a computer", "dropped"),
            },
        ),
        # Near misses: what else follows a colon after a paper or a dismissal.
        (
            _LEAD + "A grand jury last month returned an indictment against Vance: the first "
            "in the county this year.",
            set(),
        ),
        (
            _PLEA + "In return, prosecutors dismissed the rest: a decision the victim's family "
            "called a betrayal.",
            {("Ann Kolb", "identity theft", "convicted")},
        ),
    ],
)
def test_counts_after_a_colon_are_the_ones_named_before_it(text: str, expected: set) -> None:
    assert charges_of(text) == expected
