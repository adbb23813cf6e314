"""One pulled, dragged or forced out of her car at gunpoint or knifepoint ("a 71-year-old man
was pulled from his pickup at gunpoint", "was forced out of her sedan at knifepoint") is a
target, unharmed unless told hurt; one pulled from a river is no one's target. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of


@pytest.mark.parametrize(
    "text",
    [
        "A 71-year-old man was pulled from his pickup at gunpoint outside a Marlow pharmacy "
        "on Friday, police said.",
        "Police arrested Jory Faulk, 20, a day after a 71-year-old man was forced out of his "
        "sedan at knifepoint on Elm Street.",
        "A 71-year-old man was dragged from his pickup at gunpoint at a Marlow gas station "
        "on Friday.",
    ],
)
def test_one_pulled_out_at_gunpoint_is_an_unharmed_target(text: str) -> None:
    assert victims_of(text) == [(None, 71, "unharmed")]


def test_one_pulled_from_a_river_is_no_target() -> None:
    text = "A 71-year-old man was pulled from the Marlow River by firefighters on Friday."
    assert victims_of(text) == []
