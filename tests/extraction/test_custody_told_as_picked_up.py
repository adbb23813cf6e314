"""Police who "picked up" a man took him into custody: the one they picked up in a killing
is tied to it ("Detectives picked up Nils Varga in the death of ..."), and a man described
so leads the report as its suspect, with his age ("Officers picked up a 26-year-old man").
Anyone else who picks someone up takes no one into custody. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import links_of, suspects_of


@pytest.mark.parametrize(
    ("text", "suspects", "links"),
    [
        (
            "Detectives picked up Nils Varga, 30, on Friday in the death of Imre Sandor.",
            {("Nils Varga", 30): 1},
            [("Nils Varga", "Imre Sandor")],
        ),
        (
            "Officers picked up a 26-year-old man Sunday in the stabbing death of a cook. "
            "Police identified the man as Nils Varga.",
            {("Nils Varga", 26): 1},
            [("Nils Varga", None)],
        ),
        (
            "Nils Varga, 30, was picked up by deputies on Friday in the killing of Imre Sandor.",
            {("Nils Varga", 30): 1},
            [("Nils Varga", "Imre Sandor")],
        ),
        # Near miss: a relative who picks up the children takes no one into custody.
        (
            "Imre Sandor was found dead Monday. Her cousin picked up Nils Varga, 30, at the "
            "station for the funeral after her death.",
            {},
            [],
        ),
    ],
)
def test_custody_told_as_picked_up(
    text: str, suspects: dict[tuple[str, int], int], links: list[tuple[str, str | None]]
) -> None:
    assert dict(suspects_of(text)) == suspects
    assert links_of(text) == links
