"""A session told as what is to be done ("to return to court April 19 to be arraigned", "to
be formally sentenced") is still ahead: its day is the one to come, and the return is that
session, no appearance of its own. A session told as done keeps the day behind the report.
Every sentence is written for these tests (dated by a Thursday in March)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orrin Vaile, 30, was indicted. He is scheduled to return to court April 19 to be "
            "arraigned.",
            {("Orrin Vaile", "indictment", None), ("Orrin Vaile", "arraignment", "2024-04-19")},
        ),
        (
            "Orrin Vaile, 30, and Jess Corra, 28, were indicted. They are scheduled to return "
            "to court April 19 to be arraigned.",
            {
                ("Orrin Vaile", "indictment", None),
                ("Jess Corra", "indictment", None),
                ("Orrin Vaile", "arraignment", "2024-04-19"),
                ("Jess Corra", "arraignment", "2024-04-19"),
            },
        ),
        (
            "Orrin Vaile, 30, pleaded guilty. He returns to court on April 19 to be formally "
            "sentenced.",
            {("Orrin Vaile", "plea", None), ("Orrin Vaile", "sentencing", "2024-04-19")},
        ),
        # Near miss: a session told as done.
        (
            "Orrin Vaile, 30, was arraigned on April 2.",
            {("Orrin Vaile", "arraignment", "2023-04-02")},
        ),
    ],
)
def test_session_told_as_what_is_to_be_done(text: str, expected: set) -> None:
    assert court_of(text) == expected
