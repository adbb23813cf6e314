"""The bond a request would change is the bond that stands: "turned down a request to lower
the $2 million bond", "declined a motion to cut her $80,000 bail". A sum only asked for ("his
lawyer asked for a $50,000 bond", "denied his request for a $50,000 bond") is no bond set.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

_LEDE = "Tomas Reyna, 41, is charged in the Feb. 2 stabbing death of Ivo Brandt, 58. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEDE + "A judge turned down a request to lower the $2 million bond holding Reyna.",
            {("Tomas Reyna", 2_000_000, "set")},
        ),
        (
            _LEDE + "On Friday a judge rejected a defense request to cut his $80,000 bail.",
            {("Tomas Reyna", 80_000, "set")},
        ),
        (
            _LEDE + "The court declined a request to reduce the $350,000 bond keeping the "
            "accused man in jail.",
            {("Tomas Reyna", 350_000, "set")},
        ),
        (
            _LEDE + "His lawyer plans to ask a judge to lower the $1 million bond.",
            {("Tomas Reyna", 1_000_000, "set")},
        ),
        # near misses: a sum only asked for, granted or not
        (_LEDE + "His lawyer asked for a $50,000 bond.", set()),
        (_LEDE + "A judge denied his request for a $50,000 bond.", set()),
    ],
)
def test_the_bond_a_request_would_change_stands(
    text: str, expected: set[tuple[str | None, int | None, str]]
) -> None:
    assert bonds_of(text) == expected
