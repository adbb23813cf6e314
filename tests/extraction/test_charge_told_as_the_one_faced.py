"""A charge told as the one the accused faces, in a relative clause ("on top of the kidnapping
count he already faced", "the arson charge that Tran faces") is a filed charge
(extraction/charge_noun_cues.py), and the clause is no part of its name when another cue reads
it ("pleaded not guilty to the theft count she already faced": theft, charge_list_end.py). A
clause whose noun names no offence ("the federal charges he faces", "the two charges she faces")
reads none."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_ARRESTED = "Bo Tran, 32, was arrested. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _ARRESTED + "He now faces robbery (two counts), on top of the kidnapping count he "
            "already faced.",
            {("Bo Tran", "robbery", "filed"), ("Bo Tran", "kidnapping", "filed")},
        ),
        (
            _ARRESTED + "His lawyer said the arson charge that Tran faces is unfounded.",
            {("Bo Tran", "arson", "filed")},
        ),
        (
            _ARRESTED + "He pleaded not guilty to the burglary count he already faced.",
            {("Bo Tran", "burglary", "filed")},
        ),
        (
            _ARRESTED + "Tran now faces robbery, in addition to the theft charges he still faces.",
            {("Bo Tran", "robbery", "filed"), ("Bo Tran", "theft", "filed")},
        ),
        # Near miss: the clause before the charges it includes ends no list.
        (
            _ARRESTED + "He pleaded guilty to the six charges he faced, including arson and "
            "burglary.",
            {("Bo Tran", "arson", "convicted"), ("Bo Tran", "burglary", "convicted")},
        ),
    ],
)
def test_a_charge_told_as_the_one_faced(text: str, expected: set) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: the noun names no offence.
        _ARRESTED + "His lawyer said the federal charges he faces are unfounded.",
        _ARRESTED + "The two charges she faces carry life.",
    ],
)
def test_no_offence_named_reads_none(text: str) -> None:
    assert charges_of(text) == set()
