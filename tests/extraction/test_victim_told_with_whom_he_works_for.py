"""A victim described with whom he works for ("an officer with the Dunmore Police
Department was shot") is as much a victim as one described with where he was ("a worker at
the store was stabbed"). "With" and what someone held ("a man with a knife") or a deed of the
one described is no harm to him. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import described_victims_of

ARREST = "Police arrested Tomas Abelard on Tuesday after a series of attacks. "


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        (
            ARREST + "The first came when an officer with the Dunmore Police Department was "
            "shot in the arm.",
            [(None, "officer", "injured")],
        ),
        (
            ARREST + "A deputy with the county sheriff's office was wounded during the chase.",
            [(None, "deputy", "injured")],
        ),
        (
            ARREST + "A paramedic with the city fire service was hurt when the car hit the "
            "ambulance.",
            [(None, "paramedic", "injured")],
        ),
        # Near miss: the one described did something, no one was harmed.
        (
            ARREST + "An officer with the Dunmore Police Department found him hiding in a shed.",
            [],
        ),
    ],
)
def test_victim_told_with_whom_he_works_for(text: str, victims: list) -> None:
    assert described_victims_of(text) == victims
