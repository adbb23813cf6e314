"""Police told as the agent of a custody verb before a harm named by a noun ("arrested by
police in the shooting death of Ann Lee") took the suspect in; the one the noun's harm was
done to is the case's victim, no suspect and no one harmed by police. A noun's own agent
comes after it ("the death of Ann Lee at the hands of police"). Every sentence is written
for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import outcomes_of, suspects_of


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "A teenager was arrested by police in the death of Orla Penhallow, 20.",
            ("Orla Penhallow", "killed"),
        ),
        (
            "A man has been taken into custody by Marlow police in the fatal stabbing of "
            "Dane Quillfeather, 44, who was found in his kitchen.",
            ("Dane Quillfeather", "killed"),
        ),
        (
            "Two men were arrested by federal agents in the slaying of Ivo Brackley, 52.",
            ("Ivo Brackley", "killed"),
        ),
        (
            "Cass Tremayne, 25, was booked by officers on Friday for the killing of Hugo Farrant.",
            ("Hugo Farrant", "killed"),
        ),
    ],
)
def test_custody_agent_before_a_harm_noun(text: str, victim: tuple[str, str]) -> None:
    assert victim in outcomes_of(text)
    assert victim[0] not in {name for name, _ in suspects_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        # The police the harm's own doers: before the verb, or after the noun.
        "Tobin Vane, 33, was charged with robbery. Officers later shot and killed Ezra Pollit "
        "at the scene.",
        "Tobin Vane, 33, was charged with robbery. The shooting death of Ezra Pollit by police "
        "is under review.",
    ],
)
def test_near_miss_harm_done_by_police(text: str) -> None:
    assert ("Ezra Pollit", "killed") not in outcomes_of(text)
