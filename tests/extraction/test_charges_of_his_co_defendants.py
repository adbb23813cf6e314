"""A charge or plea told of some of a defendant's co-defendants ("Two of his co-defendants
pleaded guilty to ...", "Of his co-defendants, two have pleaded guilty to ...") is theirs, not
his; one he admits beside them is his. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of

_LEAD = "Ronan Vance, 34, was indicted on fraud charges. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "Of his co-defendants, two have pleaded guilty to wire fraud.",
            {("Ronan Vance", "fraud")},
        ),
        (
            _LEAD + "Two of his co-defendants have pleaded guilty to wire fraud.",
            {("Ronan Vance", "fraud")},
        ),
        (
            _LEAD + "Of their co-conspirators, three admitted money laundering last week.",
            {("Ronan Vance", "fraud")},
        ),
        # near miss: he pleads, his co-defendants only compared
        (
            _LEAD + "Unlike his co-defendants, he pleaded guilty to wire fraud.",
            {("Ronan Vance", "fraud"), ("Ronan Vance", "wire fraud")},
        ),
    ],
)
def test_charges_of_his_co_defendants(text: str, expected: set) -> None:
    assert {(person, charge) for person, charge, _ in charges_of(text)} == expected
