"""A town's name set before a noun for its police or its people ("Dayton police", "Toledo
residents", "a Kettering man") modifies the noun and names no one, so a title-case headline
("Police Arrest Dayton Man ...") cannot join a verb to it as a person's given name and
take the arrest the report dates. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from casefile.extraction.mentions import find_names
from tests.extraction.reading import facts_of


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Marlow police arrested Dario Vance, 33, on Monday.", ["Dario Vance"]),
        ("Fenwick residents packed the council meeting.", []),
        ("A Kestrel man was charged Tuesday.", []),
        ("Ashby deputies said Nell Ortiz fled on foot.", ["Nell Ortiz"]),
        # near misses: a surname before a verb, a titled name, a name told in a list
        ("Vance fled before officers arrived.", ["Vance"]),
        ("Officer Vance told reporters the suspect ran.", ["Vance"]),
        ("Vance, police said, had a knife.", ["Vance"]),
    ],
)
def test_a_place_before_its_people_names_no_one(sentence: str, names: list[str]) -> None:
    assert [mention.text for mention in find_names(sentence)] == names


@pytest.mark.parametrize(
    "headline",
    [
        "Police Arrest Marlow Man In Fatal Stabbing",
        "Deputies Nab Marlow Man After Chase",
    ],
)
def test_a_headline_verb_takes_no_arrest_from_the_body(headline: str) -> None:
    text = f"{headline}\n\nMarlow police arrested Dario Vance, 33, on Monday. Vance is charged with murder."
    arrests = {(f["person"], f["date"]) for f in facts_of("ArrestMade", text)}
    assert arrests == {("Dario Vance", "2024-03-11")}
