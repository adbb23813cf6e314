"""The unknown doers of a killing: tied to it as its suspects while not taken or charged, and
the one killed, told by a participle ("a man shot to death outside a store"), is no suspect
when the report names him later; "the" before capitals names a place or a business, not a
person. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import links_of, suspects_of, victims_of

SOUGHT = (
    "Two men walked up to a bus stop Saturday night and opened fire, killing Omar Pryce, 30. "
    "Detectives want to identify the two men. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SOUGHT, [(None, "Omar Pryce"), (None, "Omar Pryce")]),
        # Near misses: a doer charged has no link of suspicion; harm with no one killed.
        (SOUGHT + "One of the two men was arrested Monday and charged with murder.", []),
        (
            "Two men walked up to a bus stop and opened fire, wounding a man. Detectives want to "
            "identify the two men.",
            [],
        ),
    ],
)
def test_unknown_doers_of_a_killing_are_its_suspects(text: str, expected: list) -> None:
    assert links_of(text) == expected


def test_one_shot_to_death_and_named_later_is_the_victim() -> None:
    text = (
        "The family of a 24-year-old man shot to death outside a corner store is pleading for "
        "help. Police on Monday identified the man as Dorian Vell of Eastbrook."
    )
    assert victims_of(text) == [("Dorian Vell", None, "killed")]
    assert not any(name == "Dorian Vell" for name, _ in suspects_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "A woman standing in the parking lot of the Harlow Food Mart was shot in the leg.",
        "A clerk at the Brightway Quick Stop was shot in the arm Friday.",
    ],
)
def test_capitals_after_the_name_no_one_harmed(text: str) -> None:
    assert all(name is None for name, _, _ in victims_of(text))
