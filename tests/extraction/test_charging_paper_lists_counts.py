"""A charging paper that lists the counts against someone files them (extraction/
charge_cues.py): "The indictment against Bo Tran lists two counts of assault", "the complaint
includes a charge of theft", also past an aside after the verb ("The indictment lists, for each
defendant, a count of arson")."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_LEAD = "Rob Vance, 19, was arrested Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "The indictment against Vance lists two counts of felonious assault and "
            "one count of burglary.",
            {("Rob Vance", "felonious assault", "filed"), ("Rob Vance", "burglary", "filed")},
        ),
        (
            _LEAD + "The complaint includes a charge of criminal damage.",
            {("Rob Vance", "criminal damage", "filed")},
        ),
        (
            _LEAD + "The indictment lists, for each defendant, a count of robbery conspiracy "
            "and two first-degree robbery counts.",
            {
                ("Rob Vance", "robbery conspiracy", "filed"),
                ("Rob Vance", "first-degree robbery", "filed"),
            },
        ),
        (
            _LEAD + "The complaint includes, on its second page, one count of criminal damage.",
            {("Rob Vance", "criminal damage", "filed")},
        ),
        # Near misses: what else a paper lists.
        (_LEAD + "The indictment lists, on its last page, three witnesses.", set()),
        (_LEAD + "The indictment against Vance lists three witnesses.", set()),
        (_LEAD + "The complaint includes two photographs of the scene.", set()),
    ],
)
def test_a_paper_s_listed_counts_are_filed(text: str, expected: set) -> None:
    assert charges_of(text) == expected
