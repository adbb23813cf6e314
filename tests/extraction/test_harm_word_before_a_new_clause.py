"""A harm word is said of the name after it only within its own clause: in "the woman who was
killed had ended a relationship with Bo Tran" the finite verb after "killed" opens a clause
whose subject the harmed woman is, so Bo Tran is no one harmed ("killed 23-year-old nursing
student Ann Lee" still names her). Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import links_of, outcomes_of, suspects_of

LEAD = (
    "A man and a woman were shot to death inside a home early Sunday, police said. Deputies "
    "stopped a car two hours later and arrested the driver, 41-year-old Bo Tran of Marlow. "
    "Tran was booked into the county jail on suspicion of murder. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the woman who was killed had ended a relationship with Tran in the fall.",
        "A detective said the man who was shot has worked with Tran for years.",
        "The woman who was killed was dating Tran, her sister said.",
    ],
)
def test_name_past_a_new_clause_is_not_harmed(sentence: str) -> None:
    text = LEAD + sentence
    assert ("Bo Tran", None) not in outcomes_of(text)
    assert ("Bo Tran", "killed") not in outcomes_of(text)
    assert suspects_of(text)[("Bo Tran", 41)] == 1
    assert links_of(text) and all(person == "Bo Tran" for person, _ in links_of(text))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # near misses: the name is the harm verb's object
        ("Police said the gunman killed 23-year-old nursing student Ann Lee.", "Ann Lee"),
        ("Investigators said a stray round killed retired teacher Cy Hall.", "Cy Hall"),
        # the auxiliary right before the name names the one harmed
        ("Police said the man killed was Cy Hall.", "Cy Hall"),
    ],
)
def test_object_of_the_harm_word_is_harmed(sentence: str, name: str) -> None:
    assert (name, "killed") in outcomes_of(LEAD + sentence)
