"""A relative harmed beside a named victim is a victim besides her (extraction/victim_kin.py,
victims.py): "Ann Lee, 43, and her 12-year-old son were struck", "Ann Lee and her son were
shot"; a relative arrested beside a suspect is no victim."""

from __future__ import annotations

import pytest

from tests.extraction.reading import outcomes_of

_LEAD = "Rob Vance, 31, was arrested Tuesday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "Nora Pell and her son were shot.",
            [(None, "injured"), ("Nora Pell", "injured")],
        ),
        (
            _LEAD + "On Friday, Nora Pell, 43, and her 12-year-old son were struck by a pickup "
            "truck. Ms. Pell was pronounced dead at the scene.",
            [(None, "injured"), ("Nora Pell", "killed")],
        ),
        # Near misses: one harmed, told again; a relative arrested.
        (_LEAD + "Nora Pell was shot. The woman was hospitalized.", [("Nora Pell", "injured")]),
        ("Rob Vance and his brother were arrested Tuesday.", []),
    ],
)
def test_a_relative_beside_a_named_victim(text: str, expected: list) -> None:
    assert outcomes_of(text) == expected
