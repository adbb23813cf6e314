"""The one harmed named in apposition to "the victim" (extraction/harm_cues.py VICTIM_BEFORE):
"The victim, Ann Lee, 36, worked as a nurse" names the case's victim even where the sentence
tells no harm of its own; the victim's relatives named so are not."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of

FOUND = "A woman was found shot to death in her apartment Sunday. "
CHARGED = " Omar Dunn, 41, was charged with murder."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The victim, Lena Marsh, 36, worked as a nurse.", [("Lena Marsh", 36, "killed")]),
        ("The shooting victim, Lena Marsh, 36, was a nurse.", [("Lena Marsh", 36, "killed")]),
        # Near miss: a relative of the victim, named in apposition to her relation.
        (
            "The victim's mother, Ruth Marsh, said her daughter loved to sing.",
            [(None, None, "killed")],
        ),
    ],
)
def test_the_victim_named_in_apposition(sentence: str, expected: list) -> None:
    assert victims_of(FOUND + sentence + CHARGED) == expected


def test_a_victim_named_in_apposition_said_unhurt_is_unharmed() -> None:
    text = (
        "Omar Dunn, 41, was charged with robbery. The victim, Lena Marsh, 36, told police she "
        "was not hurt."
    )
    assert victims_of(text) == [("Lena Marsh", 36, "unharmed")]
