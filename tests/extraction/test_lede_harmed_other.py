"""A lede's "another man" after a word of harm is the one harmed, so the suspect the lede
describes is still the one the report names next. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in, suspects_of

NAMED_NEXT = " Bo Tran, 35, was taken into custody without a struggle by marshals."


@pytest.mark.parametrize(
    "lede",
    [
        "A man charged with murder in the stabbing death of another man was arrested Thursday.",
        "A man accused of shooting another man outside a bar was arrested Thursday.",
    ],
)
def test_another_man_harmed_is_no_second_suspect(lede: str) -> None:
    assert arrested_in(lede + NAMED_NEXT) == ["Bo Tran"]
    assert list(suspects_of(lede + NAMED_NEXT)) == [("Bo Tran", 35)]


def test_near_miss_another_man_arrested_is_one() -> None:
    text = "Police arrested a man Thursday, and another man was also arrested." + NAMED_NEXT
    assert sum(n for (name, _), n in suspects_of(text).items() if name is None) == 1
