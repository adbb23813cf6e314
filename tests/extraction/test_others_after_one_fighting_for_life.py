"""A count of others told after one fighting for his life ("A man is fighting for his life
and two other men were injured") is the others of the same stabbing: three hurt. Others told
with nothing harmed before them are another incident's. Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.reading import described_victims_of


def test_others_after_one_fighting_for_life() -> None:
    text = (
        "A man in his 20s is fighting for his life and two other men were injured after a "
        "stabbing outside a bar in Marlow early Saturday."
    )
    assert len(described_victims_of(text)) == 3


def test_others_after_no_harm() -> None:
    # near miss: nothing harmed before the others
    text = (
        "A man in his 20s was arrested outside a bar in Marlow early Saturday, and two other men "
        "were injured in a crash elsewhere in the city."
    )
    assert described_victims_of(text) == []
