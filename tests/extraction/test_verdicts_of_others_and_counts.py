"""A verdict told of someone described anew after the suspect is named ("In April, a Dalton
woman was acquitted"), whose gender is not his, is another defendant's, not the suspect's;
a separate count at the same trial is the suspect's ("acquitted him of a separate count of
assault"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, suspects_of

LEAD = "A jury found Cobb Thayne, 45, guilty of murder on Tuesday. He shot a man in 2023. "


@pytest.mark.parametrize(
    "then",
    [
        "In April, a Dalton woman was acquitted of manslaughter in the death of her boyfriend.",
        "In April, a jury acquitted a Dalton woman of manslaughter in the death of her boyfriend.",
    ],
)
def test_a_verdict_of_someone_described_anew(then: str) -> None:
    charges = charges_of(LEAD + then)
    assert ("Cobb Thayne", "manslaughter", "acquitted") not in charges
    assert ("Cobb Thayne", "murder", "convicted") in charges
    # ... nor is her home his
    assert suspects_of(LEAD + then)[("Cobb Thayne", 45)] == 1


def test_a_description_of_his_own_gender_may_still_be_him() -> None:
    # near miss: "a Dalton man" may be the one named, told again
    text = LEAD + "In April, a Dalton man was charged with witness tampering."
    assert ("Cobb Thayne", "witness tampering", "filed") in charges_of(text)


@pytest.mark.parametrize(
    ("then", "expected"),
    [
        (
            "Jurors acquitted him of a separate count of aggravated assault.",
            ("Cobb Thayne", "aggravated assault", "acquitted"),
        ),
        (
            "Jurors acquitted him of two separate counts of aggravated assault.",
            ("Cobb Thayne", "aggravated assault", "acquitted"),
        ),
    ],
)
def test_a_separate_count_at_the_same_trial(then: str, expected: tuple) -> None:
    assert expected in charges_of(LEAD + then)


def test_separate_charges_are_another_matter() -> None:
    # near miss: charges he is held on apart from the case
    charges = charges_of(LEAD + "He is also jailed on separate drug charges.")
    assert {c for c in charges if c[1] != "murder"} == set()
