"""Custody told with the one taken between the verb and "into custody", in the perfect as in
the past ("Detectives have taken a 16-year-old boy into custody", "troopers had taken Cal Voss,
34, into custody") is an arrest, as "took him into custody" is (extraction/custody_words.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Detectives have taken Cal Voss, 34, into custody in the stabbing.", ["Cal Voss"]),
        (
            "Troopers had taken Ann Kolb, 51, into federal custody by the time the bridge "
            "reopened.",
            ["Ann Kolb"],
        ),
        (
            "Deputies have taken a 16-year-old boy into custody and charged him with arson. "
            "The teen, identified as Dario Pienaar, is being charged as an adult.",
            ["Dario Pienaar"],
        ),
        # Near miss: someone taken elsewhere is not in custody.
        ("Medics have taken Cal Voss, 34, into the emergency room after the crash.", []),
    ],
)
def test_taken_into_custody_with_its_object(text: str, expected: list) -> None:
    assert arrested_in(text) == expected
