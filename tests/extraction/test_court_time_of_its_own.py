"""A court event told with a time of its own coarser than a day ("will be sentenced in May")
takes no day told elsewhere in the sentence ("was found guilty Thursday"): that day is the
other event's, and a day the report does not give is never guessed. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

CHARGED = "Nils Abernathy, 30, was charged with murder. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CHARGED + "He was found guilty Thursday of murder and will be sentenced in May.",
            {
                ("Nils Abernathy", "trial", "2024-03-14"),
                ("Nils Abernathy", "sentencing", None),
            },
        ),
        (
            CHARGED + "Abernathy pleaded guilty Monday and will be sentenced next month.",
            {
                ("Nils Abernathy", "plea", "2024-03-11"),
                ("Nils Abernathy", "sentencing", None),
            },
        ),
        # Near miss: a day of its own is kept.
        (
            CHARGED + "He was found guilty Thursday of murder and will be sentenced May 20.",
            {
                ("Nils Abernathy", "trial", "2024-03-14"),
                ("Nils Abernathy", "sentencing", "2024-05-20"),
            },
        ),
    ],
)
def test_court_time_of_its_own(text: str, expected: set) -> None:
    assert court_of(text) == expected
