"""A verdict that names the one convicted with his age and home town ("convicted Bo Tran,
49, of Elgin, of arson") convicts him of the offence after the town, not of the town. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A jury found Lyle Brack guilty of murder on Friday. Jurors also convicted Brack, "
            "52, of Darrow, of tampering with evidence.",
            {
                ("Lyle Brack", "murder", "convicted"),
                ("Lyle Brack", "tampering with evidence", "convicted"),
            },
        ),
        (
            "A jury convicted Lyle Brack, 52, of West Darrow, of arson on Monday.",
            {("Lyle Brack", "arson", "convicted")},
        ),
        # Near misses: the offence right after the age, and a town with no offence after it.
        (
            "A jury convicted Lyle Brack, 52, of arson on Monday.",
            {("Lyle Brack", "arson", "convicted")},
        ),
        ("A jury convicted Lyle Brack, 52, of Darrow on Monday.", set()),
    ],
)
def test_convicted_with_home_town(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected
