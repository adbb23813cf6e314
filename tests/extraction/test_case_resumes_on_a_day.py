"""A case told as going on in court on a day ("The case now resumes May 20", "the matter
will resume on June 4") is a hearing on that day. A trial that resumes is the trial's, and
a day with no case resuming is no session. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

INDICTED = "Ansel Moberg, 44, was indicted in January on a count of arson. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (INDICTED + "The case now resumes May 20.", ("hearing", "2024-05-20")),
        (INDICTED + "The matter will resume on June 4 in district court.",
         ("hearing", "2024-06-04")),
        (INDICTED + "His case is set to resume April 2.", ("hearing", "2024-04-02")),
        # Near miss: a day on which nothing resumes in court.
        (INDICTED + "The search of the warehouse resumes May 20.", None),
    ],
)  # fmt: skip
def test_case_resumes_on_a_day(text: str, expected: tuple[str, str] | None) -> None:
    dated = {(kind, date) for _, kind, date in court_of(text) if date}
    assert dated == ({expected} if expected else set())
