"""A like incident told beside the case ("a man who set a similar fire last year received a
10-year sentence") is another incident: its punishment and its court session are no one's of
this case. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of, facts_of

CHARGED = "Nils Abernathy, 41, was charged with arson on Sunday. "


@pytest.mark.parametrize(
    "text",
    [
        CHARGED + "A man who set a similar fire in Eastby last year received a 10-year sentence.",
        CHARGED + "In a similar arson in 2019, a Corwen man was sentenced to 12 years in prison.",
    ],
)
def test_a_similar_incident_is_another(text: str) -> None:
    assert facts_of("SentenceImposed", text) == []
    assert court_of(text) == set()


def test_near_miss_the_case_own_sentence() -> None:
    text = CHARGED + "Abernathy was sentenced Monday to 10 years in prison."
    assert [f["years"] for f in facts_of("SentenceImposed", text)] == [10]
