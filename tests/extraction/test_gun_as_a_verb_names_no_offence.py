"""A gun names an offence as a thing had or used ("a gun charge", "gun possession",
"possession of a gun"), not as the verb of a deed: "charged with gunning down a teacher"
tells what he is accused of doing, no charge's name. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        ("Rafe Dunmore, 30, was charged Monday with gunning down a teacher and a nurse.", set()),
        (
            "Rafe Dunmore, 30, is charged with unlawful possession of guns and gunning down "
            "a neighbor.",
            {("Rafe Dunmore", "unlawful possession of guns", "filed")},
        ),
        # Near misses: the thing had or used.
        (
            "Rafe Dunmore, 30, is charged with gun possession.",
            {("Rafe Dunmore", "gun possession", "filed")},
        ),
        (
            "Rafe Dunmore, 30, is awaiting trial on a gun charge.",
            {("Rafe Dunmore", "gun charge", "filed")},
        ),
    ],
)
def test_gun_as_a_verb_names_no_offence(text: str, charges: set) -> None:
    assert charges_of(text) == charges
