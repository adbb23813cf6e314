"""A higher court's ruling told with the offences before its noun ("affirmed the second-degree
murder and armed criminal action convictions of Dale Voss") is a court event of kind other,
as "affirmed the conviction" is; a plan to appeal is none. On sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The appeals court on Tuesday affirmed the second-degree murder and armed criminal "
            "action convictions of Dale Voss, who is serving a 35-year sentence.",
            {("Dale Voss", "other", "2024-03-12")},
        ),
        # near miss: an appeal planned, no ruling
        (
            "Dale Voss, 30, plans to appeal his murder and robbery convictions, his lawyer said.",
            set(),
        ),
    ],
)
def test_appeal_ruling_on_named_offences(sentence: str, expected: set) -> None:
    assert {e for e in court_of(sentence) if e[1] == "other"} == expected
