"""A session a sentence points back at is the day the sentence before gave it: "He pleaded
not guilty Monday. He entered the plea during his arraignment", "was arraigned Tuesday. At
the hearing, he pleaded not guilty". The sentences are written for these tests;
`PUBLISHED` is Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dex Harmon, 29, pleaded not guilty Monday to attempted murder. Harmon entered the "
            "plea during his arraignment in Kessler County Circuit Court.",
            {("Dex Harmon", "plea", "2024-03-11"), ("Dex Harmon", "arraignment", "2024-03-11")},
        ),
        (
            "Dex Harmon, 30, was arraigned Tuesday on a murder charge. At the hearing, he "
            "pleaded not guilty.",
            {("Dex Harmon", "arraignment", "2024-03-12"), ("Dex Harmon", "plea", "2024-03-12")},
        ),
        # A session of its own, not pointed back at, keeps no day.
        (
            "Dex Harmon, 30, was arraigned Tuesday on a murder charge. He is due back in "
            "court in April.",
            {("Dex Harmon", "arraignment", "2024-03-12"), ("Dex Harmon", "appearance", None)},
        ),
    ],
)
def test_a_session_pointed_back_at(text: str, expected: set) -> None:
    assert court_of(text) == expected
