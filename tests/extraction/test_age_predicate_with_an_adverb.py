"""An age told as what a sentence says of the name may carry an adverb of time ("Tran is
already 41", "is now 41 and lives in Marlow", "was still 17 when"), as "is only 17" does; a
count of days after such an adverb is no age. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of

LEAD = "A jury found Bo Tran guilty of murder on Friday. "


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Tran is already 41.", 41),
        ("Tran is now 41 and lives in Marlow.", 41),
        ("Tran was still 17 when the shooting happened.", 17),
    ],
)
def test_age_predicate_with_an_adverb(sentence: str, age: int) -> None:
    assert suspects_of(LEAD + sentence)[("Bo Tran", age)] == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a count that is no age
        "Tran is now 41 days into a hunger strike.",
        "Tran was already 20 minutes late for court.",
    ],
)
def test_count_after_an_adverb_is_no_age(sentence: str) -> None:
    assert suspects_of(LEAD + sentence)[("Bo Tran", None)] == 1
