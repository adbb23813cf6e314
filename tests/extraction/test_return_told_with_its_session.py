"""A return to court told with the session it is for ("due back for sentencing", "will
return to the courtroom for his formal sentencing", "returns for sentencing") is that
session, not a bare appearance; a return told without one stays an appearance. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

PLEADED = "Orrin Vaile, 30, pleaded guilty to murder. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orrin Vaile, 30, and Jess Corra, 28, pleaded guilty to murder. They are due back "
            "for sentencing on April 30.",
            {
                ("Orrin Vaile", "plea", None),
                ("Jess Corra", "plea", None),
                ("Orrin Vaile", "sentencing", "2024-04-30"),
                ("Jess Corra", "sentencing", "2024-04-30"),
            },
        ),
        (
            PLEADED + "He is due back in court for sentencing on April 30.",
            {("Orrin Vaile", "plea", None), ("Orrin Vaile", "sentencing", "2024-04-30")},
        ),
        (
            PLEADED + "He returns for sentencing on April 30.",
            {("Orrin Vaile", "plea", None), ("Orrin Vaile", "sentencing", "2024-04-30")},
        ),
        (
            PLEADED + "He will return to the courtroom for his formal sentencing on April 30.",
            {("Orrin Vaile", "plea", None), ("Orrin Vaile", "sentencing", "2024-04-30")},
        ),
        # Near misses: a return with no session named, or a session of another kind.
        (
            PLEADED + "He is due back in court on April 30.",
            {("Orrin Vaile", "plea", None), ("Orrin Vaile", "appearance", "2024-04-30")},
        ),
        (
            PLEADED + "He is due back in court on April 30 for a hearing on a motion for "
            "sentencing relief.",
            {("Orrin Vaile", "plea", None), ("Orrin Vaile", "hearing", "2024-04-30")},
        ),
    ],
)
def test_return_told_with_its_session(text: str, expected: set) -> None:
    assert court_of(text) == expected
