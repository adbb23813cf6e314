"""A defendant told as free on a bond while awaiting trial ("While awaiting trial, Ilse
Brandvold, 29, had been free on a $40,000 bond") was free on this case's bond: it was
posted. One told free on a bond at the time of the crime is on an earlier matter's. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

CHARGED = "Ilse Brandvold, 29, was charged with vehicular manslaughter in March. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CHARGED + "While awaiting trial, Ms Brandvold, 29, had been free on a $40,000 bond "
            "she posted, on conditions that included a curfew.",
            {("Ilse Brandvold", 40000, "posted")},
        ),
        (
            CHARGED + "While awaiting trial, Brandvold was out on a $15,000 bond.",
            {("Ilse Brandvold", 15000, "posted")},
        ),
        # Near miss: free on a bond when the crime happened, in another case.
        (
            CHARGED + "At the time of the crash, Brandvold was out on a $15,000 bond in a "
            "theft case.",
            set(),
        ),
    ],
)
def test_free_on_bond_while_awaiting_trial(text: str, expected: set) -> None:
    assert bonds_of(text) == expected
