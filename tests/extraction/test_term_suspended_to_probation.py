"""A whole term suspended to probation ("an eight-year sentence suspended to probation", as
Tennessee courts put it) is served as probation of that length; a term suspended with nothing
said of probation stays a suspended term. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


def _terms(text: str) -> list[tuple[str, float | None]]:
    return sorted((f["kind"], f["years"]) for f in facts_of("SentenceImposed", text))


@pytest.mark.parametrize(
    "text",
    [
        "Bo Tran, 19, pleaded guilty in November to robbery and received an eight-year sentence "
        "suspended to probation.",
        "Bo Tran, 19, pleaded guilty to robbery and was sentenced to eight years, suspended to "
        "supervised probation.",
    ],
)  # fmt: skip
def test_suspended_to_probation(text: str) -> None:
    assert _terms(text) == [("probation", 8)]


def test_suspended_alone() -> None:
    text = (
        "Bo Tran, 19, pleaded guilty to robbery and received an eight-year sentence, which was "
        "suspended."
    )
    assert _terms(text) == [("other", 8)]
