"""Once an article has named a person whose surname is also a common word ("Lane", "Fox",
"Park") by a cue such as an age, the same given name and surname are that person wherever
else the article writes them, even before the cue and with nothing after them that is said
only of a person ("ordered Wendell Lane to stand trial"). Another capitalised word before
the same common word is still a place ("Grace Church"). The sentences are written for these
tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import charges_of, suspects_of


@pytest.mark.parametrize(
    ("text", "name", "age", "charge"),
    [
        (
            "A judge on Friday ordered Wendell Lane to stand trial on a murder charge. "
            "Wendell Lane, the man accused of killing a clerk, was held without bail. "
            "But Wendell Lane, 34, told detectives he did not remember the night.",
            "Wendell Lane",
            34,
            "murder",
        ),
        (
            "Prosecutors want Marisol Fox to face a count of arson. "
            "Marisol Fox, the tenant of the burned flat, stayed silent in court. "
            "Marisol Fox, 27, lives in Quarrytown.",
            "Marisol Fox",
            27,
            "arson",
        ),
    ],
)
def test_name_told_again_is_the_person(text: str, name: str, age: int, charge: str) -> None:
    assert suspects_of(text) == Counter({(name, age): 1})
    assert {(person, offence) for person, offence, _ in charges_of(text)} == {(name, charge)}


def test_other_words_before_the_common_word_stay_a_place() -> None:
    # near miss: "Grace Church" shares only the common word with the person
    text = "Otto Church, 41, was charged with arson. Mourners gathered at Grace Church on Sunday."
    assert suspects_of(text) == Counter({("Otto Church", 41): 1})
