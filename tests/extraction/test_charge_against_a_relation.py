"""A charge told with the one it was brought against named after a relation ("a charge of
theft against his former partner, Ann Lee, was withdrawn"): she is the one charged, and a
suspect, also past an offence named in a code's many words; but after a harm done to a person
("a charge of assault against his partner, Ann Lee") she is the one it was done to. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, suspects_of

_LEAD = "Cal Bryce, 44, of Bendigo, was jailed for six years for drug trafficking. "


@pytest.mark.parametrize(
    ("text", "charged", "suspects"),
    [
        (
            _LEAD
            + "A charge of theft against his former partner, Nell Ostrow, was withdrawn in May.",
            ("Nell Ostrow", "theft", "dropped"),
            {"Cal Bryce", "Nell Ostrow"},
        ),
        (
            _LEAD + "A charge of handling property reasonably suspected of being the proceeds "
            "of crime against his girlfriend, Nell Ostrow, was dropped.",
            (
                "Nell Ostrow",
                "handling property reasonably suspected of being the proceeds of crime",
                "dropped",
            ),
            {"Cal Bryce", "Nell Ostrow"},
        ),
    ],
)
def test_charge_against_a_relation(text: str, charged: tuple, suspects: set) -> None:
    assert charged in charges_of(text)
    assert {name for name, _ in suspects_of(text)} == suspects


# near misses: the harm done to her, and a charge of his told before her name
@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "A charge of assault against his partner, Nell Ostrow, was withdrawn.",
        _LEAD + "He also admitted a charge of theft, and his former wife, Nell Ostrow, wept.",
    ],
)
def test_harm_against_a_relation_names_no_suspect(text: str) -> None:
    assert all(person != "Nell Ostrow" for person, _, _ in charges_of(text))
    assert "Nell Ostrow" not in {name for name, _ in suspects_of(text)}
