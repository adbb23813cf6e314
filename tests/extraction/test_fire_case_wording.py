"""A deadly fire as local papers tell it: the one named who "died at the scene" after a
"but" ("Crews pulled Ann Lee, 81, from her unit, but she died at the scene"), a firefighter
who "suffered a minor burn to his hand" (one wound, told in the singular), and a record told
with who shows it ("two prior convictions for assault, court records show"). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

LEAD = "Rhonda Pettit, 47, was arrested Sunday and charged with murder and arson after a fire. "


@pytest.mark.parametrize(
    "then",
    [
        "Crews pulled 81-year-old Edna Flowers from her unit, but she died at the scene.",
        "Officers found Edna Flowers, 81, in the kitchen, and she was pronounced dead at a hospital.",
    ],
)
def test_the_one_named_died_in_the_clause_after(then: str) -> None:
    victims = [(f["name"], f["outcome"]) for f in facts_of("VictimReported", LEAD + then)]
    assert victims == [("Edna Flowers", "killed")]


@pytest.mark.parametrize(
    "wound", ["a minor burn to his hand", "a cut to his hand", "a gash on his arm"]
)
def test_one_wound_told_in_the_singular(wound: str) -> None:
    text = LEAD + f"A firefighter suffered {wound}."
    victims = [(f["description"], f["outcome"]) for f in facts_of("VictimReported", text)]
    assert victims == [("firefighter", "injured")]


def test_a_record_told_with_who_shows_it() -> None:
    text = LEAD + "Pettit has two prior convictions for assault, court records show."
    assert [f["offenses"] for f in facts_of("CriminalHistoryReported", text)] == ["assault"]
