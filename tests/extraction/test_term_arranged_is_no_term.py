"""A term told as arranged but not yet imposed ("she is to receive 12 years", "was to receive 12
years, but the judge rejected the deal") is no sentence: a court imposed nothing yet. A term
received is one. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

_CONVICTED = "Nell Ashby, 30, was convicted of manslaughter on Friday. "


@pytest.mark.parametrize(
    "text",
    [
        _CONVICTED + "She is to receive 12 years in prison, her lawyer said.",
        _CONVICTED + "She was to receive 12 years in prison, but the judge rejected the deal.",
        "Under the plea agreement, Roy Dunn, 41, who admitted murder, is to receive 20 years to "
        "life when he is sentenced next month.",
    ],
)
def test_term_arranged_is_no_sentence(text: str) -> None:
    assert facts_of("SentenceImposed", text) == []


def test_term_received_is_a_sentence() -> None:
    # near miss: the term was received
    found = facts_of(
        "SentenceImposed", _CONVICTED + "She received 12 years in prison, her lawyer said."
    )
    assert [(f["person"], f["years"]) for f in found] == [("Nell Ashby", 12)]
