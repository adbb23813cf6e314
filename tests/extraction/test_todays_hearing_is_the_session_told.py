"""A hearing told by the report's own day ("today's hearing", "tomorrow's hearing") where an
appearance, plea or sentencing of that day is told is that session again, not a second one,
as "the Thursday hearing" is. A hearing of a purpose and day of its own stays a hearing. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import PUBLISHED, court_of

_TODAY = PUBLISHED.isoformat()


@pytest.mark.parametrize(
    "text",
    [
        "Jasper Quill is due to make his first court appearance today. Lawyers expect today's "
        "hearing to be brief.",
        "Jasper Quill is set to make his first court appearance at 10 a.m. today. Observers "
        "say today’s hearing may show how prosecutors plan to proceed.",
    ],
)
def test_todays_hearing_is_the_appearance(text: str) -> None:
    assert court_of(text) == {("Jasper Quill", "appearance", _TODAY)}


def test_a_hearing_of_its_own_day_stays() -> None:
    # near miss: a hearing of another day and purpose
    text = (
        "Jasper Quill is due to make his first court appearance today. A bond hearing is set "
        "for Friday."
    )
    kinds = {kind for _, kind, _ in court_of(text)}
    assert kinds == {"appearance", "hearing"}
