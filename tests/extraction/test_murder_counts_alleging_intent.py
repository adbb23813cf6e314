"""An indictment's murder counts that allege the intent the killing was done with ("three
counts of first-degree murder, two alleging intent to kill Ann Lee and Cy Hall") name the dead,
not targets; an attempt's counts ("attempted first-degree murder alleging intent to kill") and
a plan ("wanted to kill") still name the one meant. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of, outcomes_of

LEAD = "Bo Tran, 27, was arraigned Thursday and pleaded not guilty. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The indictment charges Tran with three counts of first-degree murder — two alleging "
        "intent to kill Ann Lee and Cy Hall and a third alleging he knew his actions created a "
        "strong probability of death.",
        "Tran faces two first-degree murder counts, each alleging intent to kill Ann Lee and "
        "Cy Hall.",
    ],
)
def test_murder_counts_name_the_dead(sentence: str) -> None:
    found = outcomes_of(LEAD + sentence)
    assert ("Ann Lee", "killed") in found
    assert ("Cy Hall", "killed") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: an attempt, or an intent with no murder count
        "The indictment charges Tran with attempted first-degree murder alleging intent to kill "
        "Ann Lee.",
        "Prosecutors said Tran wanted to kill Ann Lee.",
    ],
)
def test_intent_alone_names_a_target(sentence: str) -> None:
    assert ("Ann Lee", "killed") not in outcomes_of(LEAD + sentence)


def test_then_a_charge_in_another_dead_is_a_further_killing() -> None:
    # the case's dead named by the counts, a charge in the killing of someone else is a link
    text = (
        LEAD
        + "The indictment charges Tran with three counts of first-degree murder — two alleging "
        "intent to kill Ann Lee and Cy Hall. On Wednesday, prosecutors in Champaign charged "
        "Tran with first-degree murder in the Feb. 25 killing of Dee Moss, 22."
    )
    links = [(f["person"], f["victim"]) for f in facts_of("LinkedToHomicide", text)]
    assert links == [("Bo Tran", "Dee Moss")]
