"""A group counted plainly ("Two teenagers have been charged") whose unnamed member the report
later tells alone by his age ("A 16-year-old boy was charged with robbery"), an aside on why he
goes unnamed and all ("A 15-year-old girl, who cannot be identified, was charged"), is one
co-suspect of that age, not one of no age beside him. One told as someone besides the group
("another", "a third") stays one more. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two teenagers have been charged over a spate of break-ins in Norbury. Jory Palk, "
            "18, was arrested on Monday. A 16-year-old boy was charged with three counts of "
            "burglary.",
            {("Jory Palk", 18): 1, (None, 16): 1},
        ),
        (
            "Two teenagers have been charged over a spate of break-ins in Norbury. Jory Palk, "
            "18, was arrested on Monday. A 16-year-old boy, who cannot be named for legal "
            "reasons, was charged with three counts of burglary.",
            {("Jory Palk", 18): 1, (None, 16): 1},
        ),
        (
            "Two youths were charged after a car was set alight in Kelso Park. Jory Palk, 19, "
            "appeared in court. A 15-year-old girl, who cannot be identified, was charged "
            "with arson.",
            {("Jory Palk", 19): 1, (None, 15): 1},
        ),
        # Near miss: a third teenager told as one besides the two.
        (
            "Two teenagers have been charged over a spate of break-ins in Norbury. Jory Palk, "
            "18, was arrested on Monday. A third suspect, a 16-year-old, remains at large.",
            {("Jory Palk", 18): 1, (None, None): 1, (None, 16): 1},
        ),
    ],
)
def test_a_counted_member_told_alone(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected
