"""An hour told before a day with its month cut short ("around 2 a.m. Aug. 12, 2023") ends no
sentence: the day dates the clause it is told in. "a.m." before a new sentence still ends one.
On sentences written for these tests."""

from __future__ import annotations

import pytest

from casefile.extraction.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The two were walking home around 2 a.m. Aug. 12, 2023, when a man robbed them.", 1),
        ("Deputies were called at 11 p.m. Sept. 3 to a home on Elm Street.", 1),
        # near misses: a sentence that ends on the hour
        ("The store closed at 2 a.m. Police arrived an hour later.", 2),
    ],
)
def test_hour_before_a_short_month(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count
