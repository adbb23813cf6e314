"""A name the report gives an age names a person, even where a headline put it after "in"
("Vigil held in Ama Reyes shooting"): no town is 17. A place told so with no age stays a
place. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vigil held in Ama Reyes shooting\nAma Reyes, 17, was shot outside a store on "
            "Friday. Police arrested Dov Pike in the shooting.",
            [("Ama Reyes", 17, "injured")],
        ),
        (
            "Arrest made in Kiri Mato case\nDetectives said 22-year-old Kiri Mato was stabbed "
            "on Elm Street. Officers arrested Lon Brisk, 30, on Monday.",
            [("Kiri Mato", 22, "injured")],
        ),
        (
            "Man charged in Teo Vance killing\nPolice said Teo Vance, 44, was found dead in "
            "his home. Cal Roe was charged with murder.",
            [("Teo Vance", 44, "killed")],
        ),
        # Near miss: a town told after "in" and given no age stays a town.
        (
            "Man shot in Lake Forest\nA man was shot in Lake Forest on Monday. Lake Forest "
            "police arrested Dov Pike, 19.",
            [(None, None, "injured")],
        ),
        # Near miss: an age before a town that describes a man is the man's.
        (
            "Police said a 20-year-old Glen Haven man shot Ama Reyes in Glen Haven on Friday. "
            "Dov Pike was arrested.",
            [("Ama Reyes", None, "injured")],
        ),
        # Near miss: a distance after a town's comma is no age.
        (
            "Dane Fenn of Sugar Land was arrested on Monday. Police said a man, 31, was shot "
            "in Sugar Land, 20 miles away.",
            [(None, 31, "injured")],
        ),
    ],
)
def test_aged_name_is_no_place(text: str, expected: list) -> None:
    assert victims_of(text) == expected
