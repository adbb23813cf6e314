"""One told as shot at, with the miss said after ("A woman at the pumps who was shot at was
not hit"): a target unharmed, not one injured. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of

_LEAD = (
    "Bo Tran, 29, is charged with murder and two counts of attempted murder. Prosecutors say "
    "he shot and killed Ann Lee, 41, a clerk at a gas station, and wounded a 57-year-old "
    "customer. "
)


@pytest.mark.parametrize(
    "miss",
    [
        "A woman at the pumps who was shot at was not hit.",
        "A woman at the pumps who was shot at was not injured.",
    ],
)
def test_shot_at_and_not_hit(miss: str) -> None:
    victims = victims_of(_LEAD + miss)
    assert (None, None, "unharmed") in victims
    assert (None, None, "injured") not in victims


# near miss: shot at and hit is harm
def test_shot_at_and_hit() -> None:
    victims = victims_of(_LEAD + "A woman at the pumps who was shot at was hit in the leg.")
    assert (None, None, "unharmed") not in victims
