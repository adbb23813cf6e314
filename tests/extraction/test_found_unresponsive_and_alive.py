"""One "found unresponsive" is dead unless the story tells him alive in care and tells no
death: a boy found unresponsive and taken to a hospital in critical condition was hurt; one
found unresponsive who "later died", or of whom nothing more is told, was killed. Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.reading import described_victims_of

LEAD = "A Marlow man is in jail after a 4-year-old boy was found unresponsive, police said. "


def test_found_unresponsive_and_alive() -> None:
    text = LEAD + "The boy was taken to Marlow General in critical condition."
    assert described_victims_of(text) == [(None, "4-year-old boy", "injured")]


def test_found_unresponsive_and_dead() -> None:
    # near miss: the story tells his death
    text = LEAD + "The boy was taken to Marlow General, where he later died."
    assert described_victims_of(text) == [(None, "4-year-old boy", "killed")]


def test_found_unresponsive_and_nothing_more() -> None:
    # near miss: nothing tells her alive
    text = "A woman was found unresponsive in her apartment, police said. Bo Tran was arrested."
    assert described_victims_of(text) == [(None, "woman", "killed")]
