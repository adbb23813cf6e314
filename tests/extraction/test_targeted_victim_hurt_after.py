"""One described as taken or held (unharmed so far) whom a later sentence tells of as hurt, by
her pronoun or by "the woman" again: "A 31-year-old woman was abducted ... She had bruises but
was not seriously hurt" is an injured victim, and so is "The woman, who was left bruised,
spoke"; a bare "not seriously hurt", a plain "was not hurt" and another's bruises leave her
unharmed. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of

LEAD = "Police arrested Bo Tran, 34, after a 31-year-old woman was abducted from a parking lot. "


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            LEAD + "She had bruises and was taken to a hospital but was not seriously hurt.",
            "injured",
        ),
        (LEAD + "She was found bruised but otherwise unhurt.", "injured"),
        (LEAD + "She suffered scrapes to her arms.", "injured"),
        (
            LEAD + "Officers found the woman in a storage unit. She had cuts on her wrists.",
            "injured",
        ),
        (
            LEAD + "Tran pleaded not guilty. The woman, who was left bruised after two days "
            "in a van, told the court she still has nightmares.",
            "injured",
        ),
        # near misses
        (LEAD + "She was not hurt.", "unharmed"),
        (LEAD + "She was not seriously hurt.", "unharmed"),
        (LEAD + "He had bruises on his hands.", "unharmed"),
        (LEAD + "She told police the man threatened to hurt her.", "unharmed"),
        (
            LEAD + "Officers found the woman at a house rented by Ann Lee, 40. She had cuts "
            "on her hands.",
            "unharmed",
        ),
    ],
)
def test_a_targeted_victim_told_hurt_later(text: str, outcome: str) -> None:
    assert victims_of(text) == [(None, 31, outcome)]
