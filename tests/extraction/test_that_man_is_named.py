"""A report that tells of a suspect it does not yet name ("a person of interest", "a
suspect") and then names him in a sentence of its own ("That man is Bo Tran", "The man was
identified as", "the chief said the man in custody is Bo Tran") gives the name the
suspect's role, though the noun it names him by says a gender the first words did not. Every sentence is written for these tests."""

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
        # ... named in what someone said, or with what was done to him after the noun.
        (
            DEATH
            + "Troopers arrested a 29-year-old man on Friday in her death. At a briefing that "
            "evening, Capt. Ivo Pell said the man in custody is Rune Calder.",
            {("Rune Calder", 29): 1},
            [("Rune Calder", None)],
        ),
        (
            DEATH + "Troopers arrested a 29-year-old man on Friday in her death. The man in "
            "custody is "
            "Rune Calder, the sheriff's office said.",
            {("Rune Calder", 29): 1},
            [("Rune Calder", None)],
        ),
        (
            DEATH + "A man was arrested Saturday in her killing. Deputies confirmed that the man "
            "arrested was Rune Calder, 37.",
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
        (
            "A 61-year-old man was found dead in a parked car Sunday. The sheriff said the man "
            "is Rune Calder, a retired teacher.",
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
