"""A count of killings told as added to the case's ("two further deaths", "a further two
killings", as "two other" and "two additional" are told) ties the suspect to as many
killings besides the case's own; a bare count ("two deaths") holds the case's own. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

CHARGED = "Tomas Abelard, 30, was charged with murder Tuesday in the shooting death of a clerk. "


@pytest.mark.parametrize(
    ("text", "links"),
    [
        (CHARGED + "Detectives have since tied him to two further deaths in Carlow.", 2),
        (CHARGED + "Another agency has linked him to a further two killings in Carlow.", 2),
        (CHARGED + "He is also suspected in the deaths of three further women.", 3),
        # Near miss: a count with no word of addition holds the case's own killing.
        (CHARGED + "Detectives have tied him to two deaths.", 1),
    ],
)
def test_killings_counted_as_further(text: str, links: int) -> None:
    found = facts_of("LinkedToHomicide", text)
    assert len(found) == links
    assert {f["person"] for f in found} == {"Tomas Abelard"}
