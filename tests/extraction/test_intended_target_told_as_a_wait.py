"""The one an attacker says he lay in wait for, unnamed ("waiting to kill another man",
"lying in wait for someone else"), is the intended target: a victim who came to no harm, as
"with the intent to kill another man" is. Waiting for someone with no ambush told is no
target. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import described_victims_of

_CHARGED = "Basil Orme, 38, was charged with murder in the death of Nico Hart. "


@pytest.mark.parametrize(
    ("text", "description"),
    [
        (
            _CHARGED + "Orme told detectives he had been hiding in the garage, waiting to kill "
            "another man.",
            "another man",
        ),
        (
            _CHARGED + "Orme told investigators he was lying in wait for someone else when Hart "
            "walked in.",
            "someone else",
        ),
        (
            _CHARGED + "Orme said he lay in wait for a different woman that night.",
            "a different woman",
        ),
    ],
)
def test_the_one_waited_for_is_a_target(text: str, description: str) -> None:
    assert (None, description, "unharmed") in described_victims_of(text)


def test_waiting_for_someone_is_no_target() -> None:
    # near miss: no ambush told
    text = _CHARGED + "Orme said he was waiting for someone else at the bus stop."
    assert all(outcome != "unharmed" for _, _, outcome in described_victims_of(text))
