"""A name the harm told before it ends at, followed by the verb of one who tells it ("fired at
a trooper, state police Sgt. Ray Orr said"): the speaker, not the one harmed; the trooper
stays unnamed. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of

_LEAD = "A gas station clerk was killed Tuesday when a man opened fire inside a store. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "The man fled and fired at a trooper, state police Sgt. Ray Orr said. The "
        "trooper, who was not hurt, returned fire.",
        _LEAD + "The man shot at a deputy, Sheriff's Lt. Ray Orr told reporters.",
    ],
)
def test_speaker_is_not_the_target(text: str) -> None:
    victims = victims_of(text)
    assert all(name != "Ray Orr" for name, _, _ in victims)
    assert (None, None, "unharmed") in victims


# near misses: the one fired at named in apposition, and one who tells his own harm
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "The man then fired at a trooper, Ray Orr, who was not hit.", "unharmed"),
        (_LEAD + "The man also stabbed a customer, Ray Orr, 40, who survived.", "injured"),
    ],
)
def test_named_target_stays(text: str, expected: str) -> None:
    assert any(name == "Ray Orr" and outcome == expected for name, _, outcome in victims_of(text))
