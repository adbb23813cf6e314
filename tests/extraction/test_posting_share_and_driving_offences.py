"""A bond posted by its share ("posting 10 percent of a $25,000 bond", extraction/bond_words.py)
and an offence named by the driving it was done in ("homicide by vehicle while driving under
the influence", offence_names.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of, charges_of

CHARGED = "Nia Cole, 29, was charged with burglary. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "She was released after posting 10 percent of a $25,000 bond.",
            {("Nia Cole", 25000, "posted")},
        ),
        # Near miss: the share she must post to be released is no posting.
        (
            "She is held on a $25,000 bond and must post 10 percent to be released.",
            {("Nia Cole", 25000, "set")},
        ),
    ],
)
def test_a_bond_posted_by_its_share(sentence: str, expected: set) -> None:
    assert bonds_of(CHARGED + sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Dunn, 41, now faces a charge of homicide by vehicle while driving under the "
            "influence.",
            {("Omar Dunn", "homicide by vehicle while driving under the influence", "filed")},
        ),
        # Near miss: driving told as what he was doing ends the offence's name.
        (
            "Omar Dunn, 41, is charged with assault while driving to work and theft.",
            {("Omar Dunn", "assault", "filed"), ("Omar Dunn", "theft", "filed")},
        ),
    ],
)
def test_an_offence_named_by_the_driving_it_was_done_in(text: str, expected: set) -> None:
    assert charges_of(text) == expected
