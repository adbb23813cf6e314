"""Investigators who want to interview someone about a count of killings tie him to each as a
person of interest, as those who want to question him do ("would like to interview him about
three fatal shootings"); a count of shootings no one died in ties him to none. Every sentence
is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import link_relations_of

HELD = "Anselm Roderick, 48, of Tiverton was jailed Monday on a gun charge. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HELD + "Detectives would like to interview him about three fatal shootings in "
            "Harlow going back to 2009.",
            [("Anselm Roderick", "person of interest", None)] * 3,
        ),
        (
            HELD + "Investigators hope to interview Roderick about two unsolved homicides, "
            "though they have declined to call him a suspect.",
            [("Anselm Roderick", "person of interest", None)] * 2,
        ),
        # near miss: shootings no one died in
        (
            HELD + "Detectives would like to interview him about three shootings in which no "
            "one was hurt.",
            [],
        ),
    ],
)
def test_interviewed_about_counted_killings(text: str, expected: list) -> None:
    assert link_relations_of(text) == expected
