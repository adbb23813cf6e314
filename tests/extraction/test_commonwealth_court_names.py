"""Courts named with "of" and offences of Commonwealth codes: "pleaded guilty in Court of
King's Bench to robbery" (the court's "of" opens no list, "Bench" is no one's name), "found
guilty in the Court of King's Bench of manslaughter", "driving while disqualified", where a
deed was done ending its name ("a serious assault outside a pub"), and a term "but
suspended the final 12 months" (the term pronounced). The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, facts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tate Redwing, 26, pleaded guilty in Court of King's Bench to robbery with a "
            "firearm and unlawful confinement.",
            {
                ("Tate Redwing", "robbery with a firearm", "convicted"),
                ("Tate Redwing", "unlawful confinement", "convicted"),
            },
        ),
        (
            "Tate Redwing, 26, pleaded guilty in Court of Queens Bench to robbery.",
            {("Tate Redwing", "robbery", "convicted")},
        ),
        (
            "Tate Redwing, 26, was found guilty in the Court of King's Bench of manslaughter.",
            {("Tate Redwing", "manslaughter", "convicted")},
        ),
        (
            "Tate Redwing, 26, was found guilty in Kessler County Court of manslaughter.",
            {("Tate Redwing", "manslaughter", "convicted")},
        ),
        (
            "Tate Redwing, 22, was charged with driving while disqualified and assaulting police.",
            {
                ("Tate Redwing", "driving while disqualified", "filed"),
                ("Tate Redwing", "assaulting police", "filed"),
            },
        ),
        (
            "Tate Redwing, 31, was charged with a serious assault outside a pub.",
            {("Tate Redwing", "serious assault", "filed")},
        ),
    ],
)
def test_courts_named_with_of_and_commonwealth_offences(text: str, expected: set) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tate Redwing, 31, pleaded guilty to assault. Judge Mona Keel imposed a four-year "
            "sentence but suspended the final 12 months.",
            {("Tate Redwing", "prison", 4)},
        ),
        (
            "Tate Redwing, 31, pleaded guilty to assault. He was sentenced to four years, with "
            "the final 12 months suspended.",
            {("Tate Redwing", "prison", 4)},
        ),
    ],
)
def test_a_term_whose_final_months_are_suspended(text: str, expected: set) -> None:
    found = {(f["person"], f["kind"], f["years"]) for f in facts_of("SentenceImposed", text)}
    assert found == expected
