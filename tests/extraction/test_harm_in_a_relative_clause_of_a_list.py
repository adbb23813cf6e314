"""Harm told in a relative clause right after a name ("Ann Lee, who was hit in the arm, and Bo
Tran, who died") is that person's, also where the clause ends the sentence or an item of a
list: each name takes the outcome of its own clause. A relative clause that tells no harm
makes no victim. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import outcomes_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wendel Ostby opened fire in the mall. Among those shot: Pia Laurent, who was hit "
            "in the hip, and Ciro Dane, who died.",
            [("Ciro Dane", "killed"), ("Pia Laurent", "injured")],
        ),
        (
            "Wendel Ostby opened fire in the mall. The victims were Pia Laurent, who was hit in "
            "the hip and survived, and Ciro Dane, who was shot dead.",
            [("Ciro Dane", "killed"), ("Pia Laurent", "injured")],
        ),
        (
            "Wendel Ostby opened fire in the mall. Police later named Pia Laurent, who was "
            "wounded in the hip.",
            [("Pia Laurent", "injured")],
        ),
        # near miss: the relative clause tells no harm
        (
            "Wendel Ostby opened fire in the mall. Police later thanked Pia Laurent, who was "
            "working at the counter.",
            [],
        ),
    ],
)
def test_harm_in_a_relative_clause(text: str, expected: list) -> None:
    assert outcomes_of(text) == expected
