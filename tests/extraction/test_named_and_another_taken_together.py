"""A named suspect joined by "and" to someone the report does not name ("Ivo Marsh and another
man were arrested", "Ivo Marsh, 22, and a 17-year-old boy were arrested Tuesday and charged
with robbery") is taken and charged with him: each has the arrest and the charge, and the
unnamed one the age told beside him. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in, charges_of, suspects_of


@pytest.mark.parametrize(
    ("text", "suspects", "arrested", "charges"),
    [
        (
            "Ivo Marsh and another man were arrested Tuesday. They are charged with robbery.",
            {("Ivo Marsh", None): 1, (None, None): 1},
            ["Ivo Marsh", None],
            [("Ivo Marsh", "robbery")],
        ),
        (
            "Ivo Marsh, 22, and another man, 25, were arrested Tuesday and charged with robbery.",
            {("Ivo Marsh", 22): 1, (None, 25): 1},
            ["Ivo Marsh", None],
            [("Ivo Marsh", "robbery"), (None, "robbery")],
        ),
        (
            "Ivo Marsh, 22, and a 17-year-old boy were arrested Tuesday and charged with robbery.",
            {("Ivo Marsh", 22): 1, (None, 17): 1},
            ["Ivo Marsh", None],
            [("Ivo Marsh", "robbery"), (None, "robbery")],
        ),
        # Near miss: the other man is harmed, not taken.
        (
            "Ivo Marsh, 22, was arrested Tuesday and charged with robbery, and another man was "
            "wounded.",
            {("Ivo Marsh", 22): 1},
            ["Ivo Marsh"],
            [("Ivo Marsh", "robbery")],
        ),
    ],
)
def test_named_and_another_taken_together(
    text: str, suspects: dict, arrested: list, charges: list
) -> None:
    assert suspects_of(text) == suspects
    assert arrested_in(text) == arrested
    assert charges_of(text) == {(person, charge, "filed") for person, charge in charges}
