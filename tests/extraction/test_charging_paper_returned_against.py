"""A charge told by the paper brought against someone ("the grand jury returned a murder
indictment against Bo Tran", "filed two arson counts against") is a charge filed against
him, whatever the paper's name. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The panel also returned a murder indictment against Kel Ashbury, 29.",
            {("Kel Ashbury", "murder", "filed")},
        ),
        (
            "A grand jury on Monday returned robbery charges against Rona Velt, 31.",
            {("Rona Velt", "robbery", "filed")},
        ),
        (
            "Prosecutors filed two arson counts against Piet Ostrand, 44.",
            {("Piet Ostrand", "arson", "filed")},
        ),
        # near misses: a verdict returned is no charge, nor is a return home
        ("The jury returned a verdict against Kel Ashbury, 29.", set()),
        ("Rona Velt, 31, returned home to her family in Dunmore.", set()),
    ],
)
def test_a_charging_paper_against_someone_is_a_charge(text: str, expected: set) -> None:
    assert charges_of(text) == expected
