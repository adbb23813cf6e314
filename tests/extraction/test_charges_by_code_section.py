"""Charges named by a code's sections, each with its offence in brackets, as Indian reports
name them."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, suspects_of

JADHAV = "Rahul Jadhav"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrested Rahul Jadhav, 32, on Sunday. He has been booked under Sections "
            "103 (murder) and 61 (criminal conspiracy) of the BNS.",
            {(JADHAV, "murder", "filed"), (JADHAV, "criminal conspiracy", "filed")},
        ),
        (
            "Police arrested Rahul Jadhav, 32, on Sunday. A case under Section 103 (murder) of "
            "the Bharatiya Nyaya Sanhita has been registered against him.",
            {(JADHAV, "murder", "filed")},
        ),
        (
            "Police arrested Rahul Jadhav, 32, and registered an FIR against him under sections "
            "103(1) (murder), 3(5) (common intention) and 238 (causing disappearance of "
            "evidence).",
            # ("common intention" is how a share in the act is charged, no offence of its own)
            {(JADHAV, "murder", "filed"), (JADHAV, "causing disappearance of evidence", "filed")},
        ),
        # Near miss: a section named with no offence in brackets keeps the charge the
        # sentence words.
        (
            "Rahul Jadhav, 32, was charged under Section 18 of the Firearms Act with possession "
            "of a firearm with intent to endanger life.",
            {(JADHAV, "possession of a firearm with intent to endanger life", "filed")},
        ),
    ],
)
def test_offences_named_in_brackets_after_their_sections(text: str, expected: set) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the code's abbreviation before its sections, the place of registration between
        (
            "Police arrested Rahul Jadhav, 29, on Sunday. An FIR was registered at the Kolar "
            "police station against Rahul Jadhav under IPC sections 304B (dowry death) and 498A "
            "(cruelty).",
            {(JADHAV, "dowry death", "filed"), (JADHAV, "cruelty", "filed")},
        ),
        # a verdict under the sections, and an acquittal of an offence named with its section
        (
            "Judge Ann Lee convicted Rahul Jadhav, 32, under Sections 304B (dowry death) and "
            "498A (cruelty) of the Indian Penal Code. The court acquitted him of murder under "
            "Section 302.",
            {
                (JADHAV, "dowry death", "convicted"),
                (JADHAV, "cruelty", "convicted"),
                (JADHAV, "murder", "acquitted"),
            },
        ),
        # near miss: a section named after the offence, with no offence in brackets
        (
            "Rahul Jadhav, 32, was charged with possession of a firearm under Section 18 of the "
            "Firearms Act.",
            {(JADHAV, "possession of a firearm", "filed")},
        ),
    ],
)
def test_sections_after_a_code_abbreviation_and_in_verdicts(text: str, expected: set) -> None:
    assert charges_of(text) == expected


def test_the_sections_book_those_of_the_verb_nearest_them() -> None:
    # The complainant named in the sentence's opening clause is not the one booked: the verb
    # nearest the sections ("the two were booked under") books the two arrested.
    text = (
        "Police arrested Rahul Jadhav (28) and Vikas More (31) on Tuesday. Based on a "
        "complaint lodged by the dead man's brother, Suresh Pawar (38), an FIR was registered "
        "at the Kolar police station, and the two were booked under sections 103(1) (murder) "
        "and 61(2) (criminal conspiracy) of the BNS."
    )
    assert charges_of(text) == {
        (JADHAV, "murder", "filed"),
        (JADHAV, "criminal conspiracy", "filed"),
        ("Vikas More", "murder", "filed"),
        ("Vikas More", "criminal conspiracy", "filed"),
    }
    assert "Suresh Pawar" not in {name for name, _ in suspects_of(text)}


def test_a_chargesheet_charges_those_it_is_filed_against() -> None:
    # the complainant told before the chargesheet is not charged
    text = (
        "Acting on a complaint lodged by Suresh Pawar (38), the Kolar police filed an 800-page "
        "chargesheet against Rahul Jadhav (28) and Vikas More (31) in December, invoking "
        "sections 103(1) (murder) and 238 (causing disappearance of evidence) of the BNS."
    )
    assert charges_of(text) == {
        (JADHAV, "murder", "filed"),
        (JADHAV, "causing disappearance of evidence", "filed"),
        ("Vikas More", "murder", "filed"),
        ("Vikas More", "causing disappearance of evidence", "filed"),
    }
