"""A judge who sentences a list of people to one term ("sentenced Bo Tran and Cy Hall to
life") imposes it on each of them, not on the last named only; a verb left out after a first
term ("Bo Tran to 10 years and Cy Hall to eight years") still gives each his own. Every
sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import terms_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court on Thursday sentenced Bo Tran and Cy Hall to life imprisonment.",
            {("Bo Tran", "life", None), ("Cy Hall", "life", None)},
        ),
        (
            "The judge sentenced Bo Tran, 30, Cy Hall, 28, and Ann Lee, 41, to 10 years in prison.",
            {("Bo Tran", "prison", 10), ("Cy Hall", "prison", 10), ("Ann Lee", "prison", 10)},
        ),
        # near misses: each his own term, and a name inside an aside is no object
        (
            "The judge sentenced Bo Tran to 10 years and Cy Hall to eight years.",
            {("Bo Tran", "prison", 10), ("Cy Hall", "prison", 8)},
        ),
        (
            "Bo Tran was sentenced to 10 years and Cy Hall to eight years.",
            {("Bo Tran", "prison", 10), ("Cy Hall", "prison", 8)},
        ),
        (
            "Bo Tran and Cy Hall were charged with robbery. The judge sentenced Bo Tran, whose "
            "friend Cy Hall testified, to life in prison.",
            {("Bo Tran", "life", None)},
        ),
    ],
)
def test_one_term_for_each_object_listed(text: str, expected: set) -> None:
    assert terms_of(text) == expected
