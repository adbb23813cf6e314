"""A count shared out between the offences after it by "apiece", as by "each" ("two counts
apiece of aggravated assault and theft"), leaves the first offence its plain name, as the
others have. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "Rook Danvers, 29, faces two counts apiece of aggravated assault, burglary and theft.",
            "aggravated assault",
        ),
        (
            "Ilse Morrow, 41, was charged with three counts apiece of robbery and kidnapping.",
            "robbery",
        ),
        (
            "Prosecutors added four counts apiece of forgery and fraud against Tam Oakes, 52.",
            "forgery",
        ),
    ],
)
def test_first_offence_after_apiece(text: str, charge: str) -> None:
    assert charge in {name for _, name, _ in charges_of(text)}


def test_near_miss_apiece_of_no_count() -> None:
    text = "Ilse Morrow, 41, who sold the rings for $50 apiece, was charged with theft."
    assert {name for _, name, _ in charges_of(text)} == {"theft"}
