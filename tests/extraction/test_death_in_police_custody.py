"""A death in police hands ("a man died in Kessler police custody", "died while in the custody
of deputies") is harm the police's, no victim of the case, as one "shot by officers" is; a
suspect said to be in police custody leaves the harm he did the case's. Every sentence here
is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of

LEAD = (
    "Bo Tran, 33, was arrested Thursday and charged with arson over the fire at a diner in Marlow. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tran organized marches after a man died in Kessler police custody in May.",
        "Tran organized marches after a woman died while in the custody of deputies.",
        "Tran organized marches after a teenager died in county sheriff's custody.",
    ],
)
def test_death_in_police_custody_is_no_victim(sentence: str) -> None:
    assert not victims_of(LEAD + sentence)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the suspect is the one in custody
        "Bo Tran, 33, now in police custody, shot and killed a man on Monday.",
        "A man died Monday after he was shot outside a bar. Bo Tran, 33, was arrested and is in"
        " police custody.",
    ],
)
def test_suspect_in_custody_leaves_the_victim(text: str) -> None:
    assert (None, None, "killed") in victims_of(text)
