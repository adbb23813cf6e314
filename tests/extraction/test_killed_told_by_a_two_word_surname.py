"""One killed in the case and told after by a surname of two words ("Vega Ortiz" of Ramiro
Vega Ortiz, "Van Dorn" of Elsie Van Dorn) is told by his surname alone, as one of one word
is: a record of his own told of it ("had been arrested on theft counts") makes him no
suspect. Every sentence and name is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Hollis Brandt, 30, was charged with murder in the killing of Ramiro Vega Ortiz. "
            "Vega Ortiz, 20, had been arrested on theft counts a week earlier.",
            "Ramiro Vega Ortiz",
        ),
        (
            "Corin Mabe, 41, is accused of murder in the death of Elsie Van Dorn, 58. Van Dorn "
            "had been arrested in 2019 on a fraud charge.",
            "Elsie Van Dorn",
        ),
        (
            "Tavi Rusk, 19, is charged in the shooting death of Nuno Sá Pereira. Sá Pereira had "
            "been jailed since his arrest on weapons counts.",
            "Nuno Sá Pereira",
        ),
    ],
)
def test_dead_told_by_surname_is_no_suspect(text: str, dead: str) -> None:
    assert dead not in {name for name, _ in suspects_of(text)}


def test_near_miss_given_name_and_surname_charged() -> None:
    text = (
        "Hollis Brandt, 30, was charged with murder in the killing of Ramiro Vega Ortiz. "
        "Police later arrested Ana Vega Ortiz, 44, his sister, on a charge of hindering."
    )
    assert "Ana Vega Ortiz" in {name for name, _ in suspects_of(text)}
