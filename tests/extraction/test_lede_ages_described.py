"""A lede that describes its suspect by age before the report names him gives him that age:
with the home told by a common word ("A 41-year-old city man accused of ..."), or with where
he studies and told as jailed ("An 18-year-old student at Dover High School is in the county
jail"). Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DOVER — A 41-year-old city man accused of choking his wife was ordered held "
            "without bail Monday. Omar J. Vell of Pine Hill pleaded not guilty in district "
            "court to strangulation.",
            ("Omar J. Vell", 41),
        ),
        (
            "DOVER — A 41-year-old local man was charged with assault Monday. Omar J. Vell of "
            "Pine Hill pleaded not guilty.",
            ("Omar J. Vell", 41),
        ),
        (
            "DOVER — An 18-year-old student at Dover High School is in the county jail, "
            "accused of posting a threat on social media, the sheriff's office said. Omar Vell "
            "of Dover was arrested Wednesday and charged with making threats.",
            ("Omar Vell", 18),
        ),
        # near misses: someone else described, the one named with his own age
        (
            "DOVER — A 41-year-old city man was shot Monday. Omar J. Vell, 30, was charged "
            "with assault.",
            ("Omar J. Vell", 30),
        ),
        (
            "DOVER — An 18-year-old student at Dover High School was hurt in a crash. Omar "
            "Vell, 40, of Dover was arrested Wednesday and charged with DUI.",
            ("Omar Vell", 40),
        ),
    ],
)
def test_the_age_a_lede_describes(text: str, expected: tuple[str, int]) -> None:
    assert suspects_of(text) == {expected: 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A headline's subject told with no article: the one suspect the report names.
        (
            "Harwick man, 34, charged with murder in Elm Street stabbing\n\nDale Voss was "
            "charged Tuesday in the death of his roommate, police said.",
            {("Dale Voss", 34): 1},
        ),
        (
            "Woman, 27, Arrested After Crash\n\nIda Crane was arrested Sunday and charged with "
            "vehicular assault.",
            {("Ida Crane", 27): 1},
        ),
        # Near miss: a headline of two people names no one's age.
        (
            "Two charged in Elm Street stabbing\n\nDale Voss and Ida Crane were charged "
            "Tuesday in the death of a man.",
            {("Dale Voss", None): 1, ("Ida Crane", None): 1},
        ),
    ],
)
def test_the_age_a_headline_describes(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected
