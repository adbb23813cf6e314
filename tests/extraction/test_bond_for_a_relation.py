"""A bond said to be for one named after his relation to another suspect ("lowered the bond
for Tran's cousin, Cy Tran,") is his, not the other's whose possessive comes first. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

_LEAD = "Oren Vasko, 24, was denied bond on a murder charge. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "The judge then lowered the bond for Vasko's brother, Lev Vasko, 19, to "
            "$20,000.",
            {("Oren Vasko", None, "denied"), ("Lev Vasko", 20000, "reduced")},
        ),
        (
            _LEAD + "The judge set bail for his girlfriend, Tamsin Reyes, 22, at $15,000.",
            {("Oren Vasko", None, "denied"), ("Tamsin Reyes", 15000, "set")},
        ),
        # near miss: the bond is the one whose possessive stands right before it
        (
            _LEAD + "His brother, Lev Vasko, 19, told the court he could pay Vasko's bond.",
            {("Oren Vasko", None, "denied")},
        ),
    ],
)
def test_bond_for_a_relation(text: str, expected: set) -> None:
    assert bonds_of(text) == expected
