"""What a court did for a reason the law gives is a clause of its own (extraction/
bond_clauses.py): in "a magistrate cannot set bond on that charge, so the judge ordered him
held without bond" the bond denied is his; what the law allows alone is no bond fact."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of

_LEAD = "Rob Vance, 25, is charged with armed robbery. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "Under state law, a magistrate cannot set bond on an armed robbery charge, "
            "so Magistrate Judge Nora Pell ordered him held without bond.",
            {("Rob Vance", None, "denied")},
        ),
        (
            _LEAD + "Under state law, a magistrate cannot set bond on that charge, so the judge "
            "ordered him held without bond until a higher court takes up the question.",
            {("Rob Vance", None, "denied")},
        ),
        # Near misses: the law alone, and what follows "so" that is no court's act.
        (
            _LEAD + "Under state law, a magistrate cannot set bond on an armed robbery charge.",
            set(),
        ),
        (
            _LEAD + "Under state law, a magistrate cannot set bond on that charge, so he remains "
            "in jail.",
            set(),
        ),
    ],
)
def test_a_court_s_act_after_so_is_its_own_clause(text: str, expected: set) -> None:
    assert bonds_of(text) == expected
