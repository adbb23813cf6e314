"""A suspect told by a word of a man ("The father faces additional counts", "the man") is
the man among the suspects: the one the report's words make a man, else the last one who
can be one, passing over a suspect told as a woman. A word of no gender ("the suspect")
is the last suspect told, as before. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        (
            "Gil Rowan, 30, and his wife, Tess Amory, 28, were charged with murder in the "
            "death of their son. The father faces additional counts of robbery and arson.",
            {
                ("Gil Rowan", "murder", "filed"),
                ("Tess Amory", "murder", "filed"),
                ("Gil Rowan", "robbery", "filed"),
                ("Gil Rowan", "arson", "filed"),
            },
        ),
        (
            "Gil Rowan, 30, was charged with burglary. Police also arrested Tess Amory, 28. "
            "She was charged with theft. The man also faces a count of arson.",
            {
                ("Gil Rowan", "burglary", "filed"),
                ("Tess Amory", "theft", "filed"),
                ("Gil Rowan", "arson", "filed"),
            },
        ),
        # Near miss: a word of no gender is the last suspect told.
        (
            "Tess Amory, 28, and Gil Rowan, 30, were charged with murder in the death of "
            "their son. The suspect faces an additional count of arson.",
            {
                ("Gil Rowan", "murder", "filed"),
                ("Tess Amory", "murder", "filed"),
                ("Gil Rowan", "arson", "filed"),
            },
        ),
    ],
)
def test_man_of_the_suspects_by_description(text: str, charges: set) -> None:
    assert charges_of(text) == charges
