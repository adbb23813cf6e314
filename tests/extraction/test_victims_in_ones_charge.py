"""A victim described by what he or she is in the accused's charge ("a 16-year-old player",
"a 12-year-old pupil", "a parishioner") is a victim described as a girl or a boy is. Every
sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import described_victims_of


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "A volleyball coach was arrested Monday on charges he sexually assaulted a "
            "15-year-old player over several months, police said.",
            (None, "15-year-old player", "injured"),
        ),
        (
            "A swim instructor was charged Friday with abusing a 12-year-old swimmer at a "
            "Fenwick pool, prosecutors said.",
            (None, "12-year-old swimmer", "injured"),
        ),
    ],
)
def test_one_in_the_accused_charge_is_a_victim(text: str, victim: tuple) -> None:
    assert victim in described_victims_of(text)


def test_player_who_testified_is_no_victim() -> None:
    # near miss: a player told only as a witness
    text = (
        "A volleyball coach was charged Monday with assaulting a referee, police said. A "
        "17-year-old player testified at the hearing."
    )
    assert all("player" not in description for _, description, _ in described_victims_of(text))
