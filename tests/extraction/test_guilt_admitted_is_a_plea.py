"""Guilt admitted ("admitted guilt to a single count of fraud", "admitted his guilt in court",
"admitted a single count of theft") is a plea, a court event of the one who admits. Admitting
nothing, or a fact to the police, is none. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of

_INDICTED = "Gianna Roux was indicted on fraud charges. "


@pytest.mark.parametrize(
    "text",
    [
        _INDICTED + "The singer admitted guilt in August to a single count of wire fraud.",
        _INDICTED + "Roux admitted a single count of wire fraud in August.",
        _INDICTED + "Roux admitted her guilt in federal court in August.",
    ],
)
def test_guilt_admitted_is_a_plea(text: str) -> None:
    assert ("Gianna Roux", "plea", None) in court_of(text)


def test_admitting_nothing_is_no_plea() -> None:
    # near miss: nothing admitted
    text = _INDICTED + "Her lawyer said Roux admitted nothing to the investigators."
    assert all(kind != "plea" for _, kind, _ in court_of(text))
