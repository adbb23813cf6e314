"""Sentences as reports word them: "jailed for" a term, terms added, totals, fines,
restitution and community service ordered, life told bare, and what is no term, on sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import court_of, facts_of


def sentences_of(text: str) -> set[tuple[str | None, str, float | None]]:
    return {(f["person"], f["kind"], f["years"]) for f in facts_of("SentenceImposed", text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Owen Pratley, 34, of Bradfield, has been jailed for four years for arson.",
            {("Owen Pratley", "prison", 4)},
        ),
        (
            "Owen Pratley, 34, was jailed for 18 months at Bradfield Crown Court.",
            {("Owen Pratley", "prison", 1.5)},
        ),
        ("Owen Pratley, 34, was jailed for life.", {("Owen Pratley", "life", None)}),
        # Near miss: what he could be jailed for is no sentence.
        ("Owen Pratley, 34, could be jailed for four years if convicted of arson.", set()),
    ],
)
def test_jailed_for_a_term_is_a_sentence(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nora Quell, 58, was sentenced to five years in prison for fraud. The judge also "
            "ordered her to pay a $5,000 fine.",
            {("Nora Quell", "prison", 5), ("Nora Quell", "other", None)},
        ),
        # Near miss: a fine asked for is not imposed.
        (
            "Nora Quell, 58, was sentenced to five years in prison for fraud. Prosecutors had "
            "asked the judge to order her to pay a $5,000 fine.",
            {("Nora Quell", "prison", 5)},
        ),
    ],
)
def test_ordered_to_pay_names_the_one_ordered(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tia Hart, 24, was sentenced to 90 days in jail. The judge also ordered 200 hours "
            "of community service.",
            {("Tia Hart", "jail", 0.2466), ("Tia Hart", "other", None)},
        ),
        # Near miss: hours a lawyer asked for are not imposed.
        (
            "Tia Hart, 24, was sentenced to 90 days in jail. Her lawyer asked for 200 hours of "
            "community service instead.",
            {("Tia Hart", "jail", 0.2466)},
        ),
    ],
)
def test_community_service_ordered(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dev Tallis, 30, was sentenced to 15 years to life. The judge added three years "
            "for a firearm specification.",
            {("Dev Tallis", "life", 15), ("Dev Tallis", "prison", 3)},
        ),
        # Near miss: what the judge added in words is no term.
        (
            "Dev Tallis, 30, was sentenced to 15 years to life. The judge added that three "
            "years of his life were spent in jail awaiting trial.",
            {("Dev Tallis", "life", 15)},
        ),
    ],
)
def test_a_term_added(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The month May is no modal.
        (
            "On May 24, 2023, Willa Marsh was sentenced to six years in federal prison.",
            {("Willa Marsh", "prison", 6)},
        ),
        # Near miss: the modal is.
        ("Willa Marsh may be sentenced to six years in federal prison.", set()),
    ],
)
def test_the_month_may(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year before "to" is no range.
        (
            "Ivy Chen, 42, pleaded guilty in December 2023 and was sentenced on Feb. 25, 2024 "
            "to 46 months in prison.",
            {("Ivy Chen", "prison", 3.83)},
        ),
        # Near miss: a range is its lower bound.
        (
            "Ivy Chen, 42, was sentenced to 20 to 46 months in prison.",
            {("Ivy Chen", "prison", 1.67)},
        ),
        # A total told after its parts is the term.
        (
            "The judge ordered Ivy Chen to serve four years on the robbery count and three "
            "years on the gun specification, which must be served first, for a total of "
            "seven years.",
            {("Ivy Chen", "prison", 7)},
        ),
        # Near miss: terms with no total are each a term.
        (
            "The judge ordered Ivy Chen to serve four years in prison and three years of "
            "probation.",
            {("Ivy Chen", "prison", 4), ("Ivy Chen", "probation", 3)},
        ),
    ],
)
def test_years_totals_and_ranges(text: str, expected: set) -> None:
    assert {(p, k, round(y, 2) if y else y) for p, k, y in sentences_of(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rhea Pell, 55, was sentenced to three years in prison. She was also ordered to pay "
            "$412,318 in restitution to the victim.",
            {("Rhea Pell", "prison", 3), ("Rhea Pell", "other", None)},
        ),
        # Near miss: restitution sought is not ordered.
        (
            "Rhea Pell, 55, was sentenced to three years in prison. Prosecutors sought "
            "$412,318 in restitution.",
            {("Rhea Pell", "prison", 3)},
        ),
    ],
)
def test_restitution_ordered(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


_JUVENILE = (
    "Tom Reid, 20, was sentenced Thursday to seven years in prison for a carjacking. The "
    "second suspect, a 15-year-old boy, was adjudicated delinquent in juvenile court in "
    "December. Court records show he was committed to the Ohio Department of Youth Services "
    "until his 21st birthday."
)


def test_an_unnamed_minor_adjudicated_and_committed() -> None:
    assert court_of(_JUVENILE) == {
        ("Tom Reid", "sentencing", "2024-03-14"),
        (None, "other", None),
    }
    assert sentences_of(_JUVENILE) == {("Tom Reid", "prison", 7), (None, "other", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "carrying a weapon" is an offence, not a term carried.
        (
            "Tom Reid, 20, admitted to charges of making threats and carrying a weapon, and a "
            "judge placed him on probation for two years.",
            {("Tom Reid", "probation", 2)},
        ),
        # Near miss: what a charge carries is no sentence.
        (
            "Tom Reid, 20, admitted to a charge that carries a maximum of two years in prison.",
            set(),
        ),
    ],
)
def test_carrying_a_weapon_is_no_prospect(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Pratt, 33, was sentenced to life on Friday for the killing.",
            {("Ada Pratt", "life", None)},
        ),
        (
            "Ada Pratt, 33, was sentenced to life for the murder of her husband.",
            {("Ada Pratt", "life", None)},
        ),
        # Near miss: a life fought for is no term.
        (
            "Ada Pratt, 33, was charged with murder. Her victim fought for his life for hours.",
            set(),
        ),
        # A term in a year before the case is of an earlier matter ("in 2018 for assault" is
        # not "the 2018 assault").
        (
            "Ada Pratt, 33, was jailed for six months in 2018 for assault, court records show. "
            "She is now charged with murder.",
            set(),
        ),
    ],
)
def test_life_told_bare_and_terms_long_ago(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside about the person dates the crime, not the sentence
        (
            "Ned Voss, the man who set the fire that gutted a Fairview duplex in 2023, was "
            "sentenced Wednesday to 12 years in prison.",
            {("Ned Voss", "prison", 12)},
        ),
        (
            "Ned Voss, a roofer whose scheme cost retirees $90,000 in 2022, was sentenced "
            "Monday to three years of probation.",
            {("Ned Voss", "probation", 3)},
        ),
        # near miss: a sentence told with its own year long before the report is an old one
        ("In 2009, Ned Voss was sentenced to five years in prison for a robbery.", set()),
    ],
)
def test_an_aside_with_a_year_leaves_the_sentence_the_case_s(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ned Voss, 30, was jailed for life and told he must serve at least 24 years.",
            {("Ned Voss", "life", 24)},
        ),
        (
            "Ned Voss, 30, was given a life sentence with a minimum term of 24 years.",
            {("Ned Voss", "life", 24)},
        ),
        ("Ned Voss was sentenced to life and ordered to pay costs.", {("Ned Voss", "life", None)}),
        # near misses: a life term still to come, and a minimum of another term
        ("Ned Voss, 30, faces a life sentence with a minimum term of 24 years.", set()),
        (
            "Ned Voss, 30, was sentenced to 10 years and must serve at least seven.",
            {("Ned Voss", "prison", 10)},
        ),
    ],
)
def test_a_life_sentence_with_its_minimum_term(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ned Voss, 38, was sentenced to 15 years in prison. He will then begin a 5-year term "
            "of supervised release.",
            {("Ned Voss", "prison", 15), ("Ned Voss", "other", 5)},
        ),
        (
            "Ned Voss, 38, was sentenced to a 10-year term in state prison.",
            {("Ned Voss", "prison", 10)},
        ),
    ],
)
def test_a_term_named_before_its_kind(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ned Voss, 39, was sentenced to life in prison with the possibility of parole after "
            "20 years.",
            {("Ned Voss", "life", 20)},
        ),
        (
            "Ned Voss, 39, was sentenced to life without the possibility of parole.",
            {("Ned Voss", "life", None)},
        ),
        # parole shut for so long, as Canadian courts give it
        (
            "Ned Voss, 39, was sentenced to life in prison with no chance of parole for 25 years.",
            {("Ned Voss", "life", 25)},
        ),
        (
            "Ned Voss, 39, received an automatic life sentence with no eligibility for parole "
            "for 10 years.",
            {("Ned Voss", "life", 10)},
        ),
        (
            "Ned Voss, 39, was sentenced to life with a parole ineligibility period of 15 years.",
            {("Ned Voss", "life", 15)},
        ),
    ],
)
def test_life_with_parole_first_open_after_so_long(text: str, expected: set) -> None:
    assert sentences_of(text) == expected
