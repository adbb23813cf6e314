""" "Held up" is a robbery told by its act when what was held up is a place or a person
("held up a gas station"), not when it is something shown ("held up a photo of her son" at a
sentencing, "held up signs at the vigil"): a relative who shows a photo is no suspect.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of

CASE = "Gil Harte, 30, was sentenced to life in prison for the killing of Tobin Moss. "


@pytest.mark.parametrize(
    ("text", "suspect"),
    [
        (CASE + "His mother, Edda Moss, held up a photo of her son in his uniform.", False),
        (CASE + "Edda Moss held up a framed picture as the sentence was read.", False),
        (CASE + "Friends of Tobin Moss held up signs outside the courthouse.", False),
        # Near misses: a place or people held up is a robbery.
        ("Police said Edda Voss held up a gas station on Route 9 on Tuesday.", True),
        ("Edda Voss held up two banks last week, police said.", True),
    ],
)
def test_held_up_shown(text: str, suspect: bool) -> None:
    named = {name for name, _ in suspects_of(text)}
    assert ("Edda Voss" in named or "Edda Moss" in named) is suspect
