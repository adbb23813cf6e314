"""A parent's abduction of his child as local TV tells it: the child and the father share a
surname, the report calls the child by her given name and the father by the bare surname
("Brooks is charged ... Aaliyah was returned to her mother"), and the child "was found safe".
Every sentence is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import charges_of, facts_of, suspects_of

STORY = (
    "Aaliyah Brooks was reported missing Monday after her father, Terrence Brooks, 34, failed "
    "to return her to her mother, police said. Troopers arrested Brooks without incident. Brooks "
    "is charged with custodial interference. Aaliyah was returned to her mother."
)


def test_the_bare_surname_is_the_one_not_called_by_his_given_name() -> None:
    assert suspects_of(STORY) == {("Terrence Brooks", 34): 1}
    assert charges_of(STORY) == {("Terrence Brooks", "custodial interference", "filed")}


def test_a_relative_called_by_his_given_name_only_in_a_quote_keeps_the_rule() -> None:
    # near miss: the given name only in someone's words ("'Cal should be here,' his mother
    # said"): the bare surname is still the one the story is about
    text = (
        'Cal Dorsey, 19, was shot Friday. "Cal should be here," his mother, Ann Dorsey, said. '
        "Dorsey died at a hospital. Police arrested Bo Tran, 20."
    )
    victims = [(f["name"], f["outcome"]) for f in facts_of("VictimReported", text)]
    assert victims == [("Cal Dorsey", "killed")]


def test_the_child_found_safe_is_a_victim_unharmed() -> None:
    text = "Terrence Brooks, 34, was charged with kidnapping. Aaliyah Brooks, 6, was found safe Tuesday."
    victims = [(f["name"], f["outcome"]) for f in facts_of("VictimReported", text)]
    assert victims == [("Aaliyah Brooks", "unharmed")]
