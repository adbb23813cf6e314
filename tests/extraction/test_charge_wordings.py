"""Charges stated in wordings of outlets and styles beyond the first corpus: warrants of an
earlier matter, a general name and the same charge with its degree, acts named in -ing,
charges filed against someone, category words of a list. Every sentence here is invented."""

from __future__ import annotations

import pytest

from casefile.extraction import extract_facts


def charges_of(text: str) -> set[tuple[str | None, str, str]]:
    return {
        (f.fields["person"], f.fields["charge"], f.fields["status"])
        for f in extract_facts(text)
        if f.kind == "ChargeFiled"
    }


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Ada Quill, 33, was arrested Monday and charged with robbery. Quill also had an "
            "outstanding warrant for a parole violation.",
            "parole violation",
        ),
        (
            "Ada Quill, 33, was charged with robbery. She was also wanted on a warrant for "
            "failure to appear.",
            "failure to appear",
        ),
        (
            "Ada Quill, 33, was charged with robbery. She was also charged with theft in an "
            "unrelated case.",
            "theft",
        ),
    ],
)
def test_a_charge_of_another_matter_is_not_this_cases(text: str, absent: str) -> None:
    found = charges_of(text)
    assert ("Ada Quill", "robbery", "filed") in found
    assert all(charge != absent for _, charge, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A jury acquitted Omar Vell of murder on Friday. Vell, 40, was found not guilty "
            "of second-degree murder.",
            {("Omar Vell", "second-degree murder", "acquitted")},
        ),
        (
            "Omar Vell, 40, was charged with burglary. He is charged with burglary in the "
            "third degree.",
            {("Omar Vell", "burglary in the third degree", "filed")},
        ),
        (
            "Omar Vell, 40, was charged with murder and attempted murder.",
            {("Omar Vell", "murder", "filed"), ("Omar Vell", "attempted murder", "filed")},
        ),
    ],
)
def test_a_general_name_and_its_degree_are_one_charge(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rena Holt, 52, was arrested and charged with strangulation and domestic assault.",
            {"strangulation", "domestic assault"},
        ),
        (
            "Rena Holt, 52, was charged with sexual assault and one count of child enticement.",
            {"sexual assault", "child enticement"},
        ),
        (
            "Rena Holt, 52, was indicted for embezzling from a charity. She is charged with "
            "embezzlement.",
            {"embezzlement"},
        ),
        (
            "Prosecutors filed a felony stalking charge against Rena Holt, 52, on Monday.",
            {"felony stalking"},
        ),
        (
            "Rena Holt, 52, was indicted on federal drug and weapons charges. She is charged "
            "with possession of cocaine and possession of a firearm by a felon.",
            {"possession of cocaine", "possession of a firearm by a felon"},
        ),
    ],
)
def test_charges_in_wordings_of_other_outlets(text: str, expected: set[str]) -> None:
    assert {charge for _, charge, _ in charges_of(text)} == expected
