"""A Scottish judge is named by a courtesy title before the surname ("Lady Wrenmoor deferred
sentence", "Lord Callister remanded him"): the bench, never a suspect, so a custody the next
sentence tells ("He was remanded in custody") is the accused's. A plain name that no such
title precedes stays a suspect's. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of, suspects_of


@pytest.mark.parametrize(
    ("text", "bonds"),
    [
        (
            "Callum Dreever, 41, was found guilty of assault at the High Court in Glasgow. "
            "Lady Wrenmoor deferred sentence for reports. He was remanded in custody.",
            {("Callum Dreever", None, "denied")},
        ),
        (
            "Callum Dreever, 41, was convicted of robbery after a trial in Aberdeen. "
            "Lord Callister-Hume adjourned the case until next month. He was remanded in "
            "custody.",
            {("Callum Dreever", None, "denied")},
        ),
        (
            "Callum Dreever, 41, admitted a charge of culpable homicide. Lady Wrenmoor, sitting "
            "in Dundee, called for background reports. He was remanded in custody.",
            {("Callum Dreever", None, "denied")},
        ),
    ],
)
def test_the_bench_by_its_title_is_no_suspect(text: str, bonds: set) -> None:
    assert bonds_of(text) == bonds
    assert set(suspects_of(text)) == {("Callum Dreever", 41)}


def test_a_name_with_no_title_stays_a_suspect() -> None:
    # Near miss: two accused named plainly, both remanded.
    text = (
        "Callum Dreever, 41, and Isla Wrenmoor, 38, were convicted of robbery in Aberdeen. "
        "Both were remanded in custody."
    )
    assert set(suspects_of(text)) == {("Callum Dreever", 41), ("Isla Wrenmoor", 38)}
