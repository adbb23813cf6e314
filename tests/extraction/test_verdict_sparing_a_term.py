"""What a verdict saved the accused from, told after it (", sparing him a mandatory life
term", ", avoiding a mandatory minimum sentence"), is a possibility of its own clause: the
acquittal before it still stands. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A jury acquitted Nils Orban of first-degree murder, sparing him a mandatory "
            "sentence of life in prison.",
            {("Nils Orban", "first-degree murder", "acquitted")},
        ),
        (
            "Jurors found Nils Orban guilty of manslaughter but acquitted him of murder, "
            "avoiding a mandatory minimum term of 25 years.",
            {("Nils Orban", "manslaughter", "convicted"), ("Nils Orban", "murder", "acquitted")},
        ),
        # Near miss: the mandatory term is what the charge carries, no verdict told.
        (
            "Nils Orban is charged with first-degree murder, which carries a mandatory "
            "sentence of life in prison.",
            {("Nils Orban", "first-degree murder", "filed")},
        ),
    ],
)
def test_verdict_sparing_a_term(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected
