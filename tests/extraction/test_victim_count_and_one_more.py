"""A count of the hurt and one more who died: "Two people were wounded and one was killed" is
three people; "two people were shot and one died" is two, one of whom died. On sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import outcomes_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Two people were wounded and one was killed in a shooting outside a bar.",
            [(None, "injured"), (None, "injured"), (None, "killed")],
        ),
        (
            "Police said three men were injured and one died in the crash on Route 9.",
            [(None, "injured"), (None, "injured"), (None, "injured"), (None, "killed")],
        ),
        # near misses: one of those shot died
        (
            "Two people were shot and one died at the hospital.",
            [(None, "injured"), (None, "killed")],
        ),
        (
            "Two people were wounded, one fatally, in a shooting outside a bar.",
            [(None, "injured"), (None, "killed")],
        ),
    ],
)
def test_a_count_of_the_hurt_and_one_more(sentence: str, expected: list) -> None:
    text = f"{sentence} Dale Voss, 22, was charged with murder."
    assert outcomes_of(text) == expected
