"""A description told as the object of what the doers did ("police said they robbed a
68-year-old woman") is the one harmed, and gives no unnamed suspect its age; custody the police
did ("they arrested a 31-year-old man") still describes the suspect. Every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two teenagers were arrested Wednesday after police said they robbed a 68-year-old "
            "woman. Bo Tran, 19, was charged with robbery.",
            {("Bo Tran", 19): 1, (None, None): 1},
        ),
        (
            "Two men were arrested after police said they forced a 71-year-old man out of his "
            "car. Bo Tran, 22, was charged with carjacking.",
            {("Bo Tran", 22): 1, (None, None): 1},
        ),
        # near miss: custody the police did describes the suspect
        (
            "Detectives said they arrested a 31-year-old man on Friday. He was charged with "
            "robbery.",
            {(None, 31): 1},
        ),
    ],
)
def test_the_object_of_the_deed_is_no_suspect(text: str, expected: dict) -> None:
    assert dict(suspects_of(text)) == expected
