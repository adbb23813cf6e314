"""A change of bail told as a request the court granted ("the judge granted the state's
request to raise her bail to $100,000") is done; one asked for or denied is not. The infinitive
"to raise" names the change as "raised" does. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

_LEAD = "Mara Quill, 52, was convicted of theft on Tuesday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "After the verdict, the judge granted the prosecution's request to raise "
            "Quill's bail to $80,000, which she could not post.",
            {("Mara Quill", 80000, "raised")},
        ),
        (
            _LEAD + "The judge approved a motion to raise her bond to $80,000.",
            {("Mara Quill", 80000, "raised")},
        ),
        # near misses: a request only asked for, or denied
        (_LEAD + "Prosecutors asked the judge to raise Quill's bail to $80,000.", set()),
        (
            _LEAD + "The judge denied the prosecution's request to raise Quill's bail to $80,000.",
            set(),
        ),
    ],
)
def test_bail_request_granted(text: str, expected: set) -> None:
    assert bonds_of(text) == expected
