"""A description joined by "and" to one of its household ("A woman and her son were shot")
is two harmed, but only as a noun phrase: in "A Marlow mother and her boyfriend are in jail
after a 4-year-old boy was found with head injuries" the verb after "her" is theirs, no
harm of hers, and the boy is the one harmed. Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.reading import described_victims_of


def test_a_verb_after_the_household_word() -> None:
    text = (
        "A Marlow mother and her boyfriend are in jail after a 4-year-old boy was found with "
        "severe head injuries, police said Tuesday."
    )
    assert described_victims_of(text) == [(None, "4-year-old boy", "injured")]


def test_the_household_harmed() -> None:
    # near miss: a noun phrase, both harmed
    text = "A Marlow woman and her son were shot outside their home late Sunday, police said."
    found = described_victims_of(text)
    assert (None, "son", "injured") in found
    assert any(d.endswith("woman") and o == "injured" for _, d, o in found)
