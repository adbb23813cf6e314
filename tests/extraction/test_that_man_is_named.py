"""A report that tells of a suspect it does not yet name ("a person of interest", "a
suspect") and then names him in a sentence of its own ("That man is Bo Tran", "The man was
identified as") gives the name the suspect's role, though the noun it names him by says a
gender the first words did not. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import links_of, suspects_of

DEATH = "A 40-year-old woman was found dead in her apartment Sunday. "


@pytest.mark.parametrize(
    ("text", "suspects", "links"),
    [
        (
            DEATH + '"We have a person of interest and we are looking for him," Sgt. Ivo Pell '
            "said. That man is Rune Calder, 37, of Millbrook, who shared the apartment.",
            {("Rune Calder", 37): 1},
            [("Rune Calder", None)],
        ),
        (
            DEATH + "Police said they have a suspect in her death and are searching for him. "
            "This man is Rune Calder, 37, of Millbrook.",
            {("Rune Calder", 37): 1},
            [("Rune Calder", None)],
        ),
        (
            DEATH + "Police said they have a suspect in her death. The man was identified as Rune "
            "Calder, 37.",
            {("Rune Calder", 37): 1},
            [("Rune Calder", None)],
        ),
        # Near misses: the one the description names found her, or is the one found dead.
        (
            DEATH + "Deputies said a neighbor found her. That man is Rune Calder, 61, who lives "
            "across the hall.",
            {},
            [],
        ),
        (
            "A person was found dead in a parked car Sunday, police said. That man is Rune "
            "Calder, 61, of Millbrook.",
            {},
            [],
        ),
    ],
)
def test_suspect_named_after_his_description(
    text: str, suspects: dict[tuple[str, int], int], links: list[tuple[str, None]]
) -> None:
    assert dict(suspects_of(text)) == suspects
    assert links_of(text) == links
