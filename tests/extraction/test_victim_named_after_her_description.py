"""A victim first described and then named in apposition to the description ("A woman was
found dead ... The woman, Ann Lee, 36, was a nurse"), as "Police identified her as Ann Lee"
names her (extraction/roles.py, descriptions.py names_the_harmed)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of

CHARGED = " Omar Dunn, 41, was charged with murder."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A woman was found shot to death in her apartment Sunday. The woman, Lena Marsh, 36, "
            "worked as a nurse.",
            [("Lena Marsh", 36, "killed")],
        ),
        (
            "A man was found stabbed to death behind a store. The man, Carl Hoss, 52, lived "
            "nearby.",
            [("Carl Hoss", 52, "killed")],
        ),
        # Near miss: the description is of someone told of as no one harmed.
        (
            "A woman was found shot to death in her apartment Sunday. A neighbor, Ruth Vance, "
            "called police.",
            [(None, None, "killed")],
        ),
    ],
)
def test_a_victim_named_after_her_description(text: str, expected: list) -> None:
    assert victims_of(text + CHARGED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Found lying somewhere with wounds, her home town between.
        (
            "Officers found Lena Marsh, 36, of Dalton, lying in a parking lot with multiple "
            "gunshot wounds.",
            [("Lena Marsh", 36, "injured")],
        ),
        # The pronoun is hers though the sentence cites an official by name.
        (
            "Officers found Lena Marsh, 36, in a parking lot. She was taken to Mercy Hospital, "
            "where she was pronounced dead, according to Coroner Ray Ortiz.",
            [("Lena Marsh", 36, "killed")],
        ),
        # "fatally" before any verb of harm is a death.
        ("A 19-year-old was fatally stabbed on Elm Street.", [(None, 19, "killed")]),
    ],
)
def test_found_wounded_and_told_dead(text: str, expected: list) -> None:
    assert victims_of("Omar Dunn, 41, was charged with assault. " + text) == expected
