"""A session that "had been due" gave way, but one the same sentence sets anew for it ("had
been due to be arraigned Wednesday, but the arraignment was pushed back to Feb. 2") is on the
calendar, on its new day. A session that gave way to nothing set is none. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

CHARGED = "Ludo Farrant, 33, was charged with robbery. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CHARGED + "Farrant had been due to be arraigned Tuesday, but the arraignment was "
            "pushed back to April 2.",
            {("Ludo Farrant", "arraignment", "2024-04-02")},
        ),
        (
            CHARGED + "Farrant had been scheduled for sentencing Monday, but the sentencing was "
            "moved to May 9.",
            {("Ludo Farrant", "sentencing", "2024-05-09")},
        ),
        (
            CHARGED + "Farrant had been due to be arraigned last week, but the arraignment was "
            "reset to June 3.",
            {("Ludo Farrant", "arraignment", "2024-06-03")},
        ),
        # Near miss: the session gave way and none was set in its place.
        (
            CHARGED + "Farrant had been due to be arraigned Tuesday, but he never showed up.",
            set(),
        ),
    ],
)
def test_session_set_anew(text: str, expected: set) -> None:
    assert court_of(text) == expected
