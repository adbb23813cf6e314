"""Complicity, as Ohio's code names helping another commit an offence, heads an offence's name
("complicity to aggravated robbery", "complicity to commit murder"; extraction/offence_heads.py),
and the "to" of such a name is not the one between a charge replaced and its replacement:
"attempted robbery, reduced from complicity to aggravated robbery" drops the complicity count
and files no aggravated robbery (extraction/charge_verdict_cues.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lia Moran, 22, was indicted on two counts of complicity to aggravated burglary.",
            {("Lia Moran", "complicity to aggravated burglary", "filed")},
        ),
        (
            "Lia Moran, 22, is charged with complicity to commit murder.",
            {("Lia Moran", "complicity to commit murder", "filed")},
        ),
        (
            "Lia Moran, 22, pleaded guilty to a single count of attempted burglary, reduced from "
            "complicity to aggravated burglary, in exchange for her testimony.",
            {
                ("Lia Moran", "attempted burglary", "convicted"),
                ("Lia Moran", "complicity to aggravated burglary", "dropped"),
            },
        ),
        (
            "Lia Moran, 22, was arrested. Prosecutors reduced the charge from conspiracy to "
            "commit murder to assault.",
            {
                ("Lia Moran", "conspiracy to commit murder", "dropped"),
                ("Lia Moran", "assault", "filed"),
            },
        ),
        # Near misses: a plain replacement keeps both its names.
        (
            "Lia Moran, 22, was arrested. Prosecutors reduced the charge from aggravated "
            "burglary to burglary.",
            {("Lia Moran", "aggravated burglary", "dropped"), ("Lia Moran", "burglary", "filed")},
        ),
        ("Lia Moran, 22, was arrested. Police said she was complicit in the burglary.", set()),
    ],
)
def test_complicity_names_an_offence(text: str, expected: set) -> None:
    assert charges_of(text) == expected
