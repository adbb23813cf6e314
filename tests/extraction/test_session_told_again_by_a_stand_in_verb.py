"""A session told again of a second subject by a verb standing in for the first ("entered a
plea, and Ann Lee did the same", "did likewise", "followed suit") is that subject's session
too; a stand-in verb said by or of someone else ("his lawyer said others did the same") is
no session of anyone's. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In March, Orrin Vaile, 32, entered a no contest plea to murder, and Jess Corra, "
            "30, did the same on counts of manslaughter.",
            {("Orrin Vaile", "plea", None), ("Jess Corra", "plea", None)},
        ),
        (
            "Orrin Vaile, 32, was arraigned on Monday, and Jess Corra, 30, did likewise.",
            {
                ("Orrin Vaile", "arraignment", "2024-03-11"),
                ("Jess Corra", "arraignment", "2024-03-11"),
            },
        ),
        (
            "Orrin Vaile, 32, pleaded guilty to murder on Monday, and Jess Corra followed suit.",
            {("Orrin Vaile", "plea", "2024-03-11"), ("Jess Corra", "plea", "2024-03-11")},
        ),
        # Near misses: the stand-in verb is said by or of someone else.
        (
            "Orrin Vaile, 32, pleaded guilty to murder, and his lawyer, Ann Reyes, said others "
            "did the same.",
            {("Orrin Vaile", "plea", None)},
        ),
        (
            "Jess Corra, 30, was charged with theft. Orrin Vaile, 32, pleaded guilty to murder; "
            "Corra's mother said she would do the same.",
            {("Orrin Vaile", "plea", None)},
        ),
    ],
)
def test_session_told_again_by_a_stand_in_verb(text: str, expected: set) -> None:
    assert court_of(text) == expected
