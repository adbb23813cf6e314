"""A court event told of a defendant named with the others of his case as one subject ("Pike
and the four other co-defendants were arraigned") is his, as it would be alone; "the other
defendants" without him are someone else. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soren Malik and Eda Voight were charged with fraud. Voight and the four other "
            "co-defendants were arraigned last month.",
            {("Eda Voight", "arraignment", None)},
        ),
        (
            "Soren Malik and Eda Voight were charged with fraud. Voight and two other "
            "defendants pleaded guilty last month.",
            {("Eda Voight", "plea", None)},
        ),
        (
            "Soren Malik and Eda Voight were charged with fraud. Voight, 52, and another "
            "defendant were arraigned last month.",
            {("Eda Voight", "arraignment", None)},
        ),
        # near miss: the others alone
        (
            "Soren Malik and Eda Voight were charged with fraud. Two of the other defendants "
            "were arraigned last month.",
            set(),
        ),
    ],
)
def test_named_with_other_defendants(text: str, expected: set) -> None:
    assert court_of(text) == expected
