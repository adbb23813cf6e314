"""A run of capitals after "a" and a colour is a vehicle of a make ("a maroon Tarvo Ranger"),
never a person; and a thing someone has ("the driver's seat") is no description a pronoun can
stand for, so "Police identified him as" after "found a man with a gunshot wound in the driver's
seat" names the man harmed, not a suspect. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.extraction.reading import suspects_of, victims_of

_TEXT = (
    "Police are searching for the driver of a white pickup truck after a man was shot and "
    "killed Tuesday. Officers found a 45-year-old man with a gunshot wound in the driver's seat "
    "of a maroon Tarvo Ranger that had come to rest in a ditch. He was taken to a hospital, "
    "where he died. Police identified him late Tuesday as Cy Hall of Elmdale."
)


def test_the_named_is_the_one_harmed() -> None:
    assert not any(name for name, _ in suspects_of(_TEXT))
    assert ("Cy Hall", None, "killed") in victims_of(_TEXT)


def test_no_vehicle_is_a_victim() -> None:
    assert not any(name == "Tarvo Ranger" for name, _, _ in victims_of(_TEXT))


def test_a_name_after_an_article_and_a_verb_is_a_person() -> None:
    text = (
        "A grand jury returned an indictment charging Bo Tran, 45, of Elmdale, and Ann Lee, 41, "
        "with fraud."
    )
    assert {name for name, _ in suspects_of(text)} == {"Bo Tran", "Ann Lee"}
