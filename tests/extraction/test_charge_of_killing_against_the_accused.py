"""The one a charge of a killing is laid against ("approved a charge of second-degree murder
against 27-year-old Cal Dunne", as Canadian prosecutors approve charges) is the accused, no
one killed; the one whose death the charge is in connection with is. The sentences are
written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of, victims_of


@pytest.mark.parametrize(
    "text",
    [
        "On Jan. 15, prosecutors approved a charge of second-degree murder against 27-year-old "
        "Cal Dunne, of no fixed address, in connection with the death of Ray Orr.",
        "Crown counsel approved charges of manslaughter against Cal Dunne, 27, in the death of "
        "Ray Orr.",
    ],
)
def test_the_one_a_charge_is_against_is_not_killed(text: str) -> None:
    assert victims_of(text) == [("Ray Orr", None, "killed")]
    assert suspects_of(text) == Counter({("Cal Dunne", 27): 1})


def test_the_one_killed_named_after_the_charge_stays_the_victim() -> None:
    # near miss: the death named right after the offence
    text = "Police charged Cal Dunne, 27, with the murder of Ray Orr."
    assert victims_of(text) == [("Ray Orr", None, "killed")]
