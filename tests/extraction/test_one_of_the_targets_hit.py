"""One of a group counted as the ones shots were fired at, told hit in a later sentence ("One
deputy was struck in the arm", "One of them was grazed"), is hurt, and the rest of the group
stays unharmed; "One deputy was not hit" leaves them all unharmed. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import outcomes_of

FIRED_AT = "Pell Varga, 41, fired at two deputies outside a feed store in Marlow on Sunday. "


@pytest.mark.parametrize(
    "later",
    [
        "One deputy was struck in the forearm and was treated at Marlow General.",
        "One of them was grazed by a bullet.",
        "One was hit in the chest plate of her armor and was bruised.",
        "One of the deputies was wounded in the leg.",
    ],
)
def test_one_of_the_targets_told_hit_is_hurt(later: str) -> None:
    assert outcomes_of(FIRED_AT + later) == [(None, "injured"), (None, "unharmed")]


@pytest.mark.parametrize(
    "later",
    ["One deputy was not hit.", "Both deputies returned fire.", "One deputy was shot at twice."],
)
def test_no_hit_told_leaves_the_targets_unharmed(later: str) -> None:
    assert outcomes_of(FIRED_AT + later) == [(None, "unharmed"), (None, "unharmed")]
