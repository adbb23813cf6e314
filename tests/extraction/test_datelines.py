"""A dateline with its outlet in brackets and a dash ("COLUMBIA, S.C. (AP) — A man ...") is
part of the lede's sentence: the state's abbreviation before it ends no sentence. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of


@pytest.mark.parametrize(
    "dateline", ["COLUMBIA, S.C. (AP) — ", "TOLEDO, Ohio (WTVG) - ", "DOVER, Del. (AP) -- "]
)
def test_a_dateline_with_its_outlet_is_part_of_the_sentence(dateline: str) -> None:
    text = (
        dateline
        + "A man who shot a clerk was sentenced Monday to life in prison. Bo Tran, 28, was convicted last week."
    )
    quotes = [
        f["evidence"]["quote"]
        for f in facts_of("CourtEventReported", text)
        if f["kind"] == "sentencing"
    ]
    assert quotes and all(q.startswith(dateline.strip()[:8]) for q in quotes)
