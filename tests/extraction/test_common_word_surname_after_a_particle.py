"""A particle inside a name ("de la", "van der", "del") is always followed by the surname,
so a common word there ("Church", "Park", "Street") is the surname's end, not a place's
start: "Ana van der Park" is the whole name. Without a particle before it, a common word
after a given name stays outside the name. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police arrested Ana van der Park on Monday after a chase.", "Ana van der Park"),
        ("Deputies arrested Tomás de la Church at a motel on Route 9.", "Tomás de la Church"),
        ("Troopers arrested Lucia del Street near the county line.", "Lucia del Street"),
    ],
)
def test_common_word_after_a_particle_ends_the_name(text: str, name: str) -> None:
    assert arrested_in(text) == [name]


def test_common_word_without_a_particle_stays_outside() -> None:
    # near miss: "Bayview Park" is where the arrest happened, no part of a name
    text = "Police arrested Oren Falk at Bayview Park on Monday."
    assert arrested_in(text) == ["Oren Falk"]
