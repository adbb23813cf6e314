"""A charge whose name holds the offence another is done in, named by that offence's own
name rather than its class ("using a knife while committing robbery", "while perpetrating a
carjacking"), is one name: what is committed or perpetrated is an offence. A "while" that
tells the deed's moment still ends it. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        (
            "A jury found Tam Oswin, 41, guilty of two counts of using a knife while "
            "committing robbery.",
            {("Tam Oswin", "using a knife while committing robbery", "convicted")},
        ),
        (
            "A jury found Tam Oswin, 41, guilty of arson, two counts of using a knife while "
            "committing robbery, and a single count of burglary.",
            {
                ("Tam Oswin", "arson", "convicted"),
                ("Tam Oswin", "using a knife while committing robbery", "convicted"),
                ("Tam Oswin", "burglary", "convicted"),
            },
        ),
        (
            "Tam Oswin, 41, was charged with discharging a firearm while perpetrating a "
            "carjacking.",
            {("Tam Oswin", "discharging a firearm while perpetrating a carjacking", "filed")},
        ),
        (
            "Tam Oswin, 41, was charged with possessing a pistol while in the perpetration "
            "of kidnapping.",
            {
                (
                    "Tam Oswin",
                    "possessing a pistol while in the perpetration of kidnapping",
                    "filed",
                )
            },
        ),
        # Near misses: the moment of the deed, no offence.
        (
            "Tam Oswin, 41, was charged with burglary while committed to a halfway house.",
            {("Tam Oswin", "burglary", "filed")},
        ),
        (
            "Tam Oswin, 41, was charged with theft while working at a warehouse.",
            {("Tam Oswin", "theft", "filed")},
        ),
    ],
)
def test_offence_while_committing_a_named_one(text: str, charges: set) -> None:
    assert charges_of(text) == charges
