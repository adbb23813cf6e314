"""A trial story's co-defendant: "His former manager, Ann Voss, 39, also testified for the
prosecution. She pleaded guilty ..." makes her a defendant (a relation by work opens the
subject as a relation by family does; testimony for the prosecution is a cooperating
defendant's as often as a witness's); "a 24-year-old who told jurors" is a witness, no trial
of anyone's; Tennessee's "facilitation of aggravated robbery" is an offence; "the remaining
aggravated robbery counts" are aggravated robbery; a trial "if his case goes to trial" is
none held. Every sentence is invented."""

from __future__ import annotations

import pytest

from casefile.extraction.offences import read_charges
from tests.extraction.reading import charges_of, court_of, suspects_of

LEAD = "Bo Tran, 46, was found guilty Wednesday of continuous trafficking of persons. "


def test_a_manager_who_testified_for_the_prosecution_then_pleaded() -> None:
    text = (
        LEAD + "His former manager, Ann Voss, 39, also testified for the prosecution. She "
        "pleaded guilty in December to compelling prostitution."
    )
    assert ("Ann Voss", 39) in suspects_of(text)
    assert ("Ann Voss", "compelling prostitution", "convicted") in charges_of(text)


def test_a_witness_for_the_defense_is_no_defendant() -> None:
    # near miss: testimony for the defense stays a witness's
    text = (
        LEAD + "His former manager, Ann Voss, 39, also testified for the defense. She "
        "pleaded guilty in December to compelling prostitution."
    )
    assert ("Ann Voss", 39) not in suspects_of(text)


def test_a_witness_told_by_description_holds_no_trial() -> None:
    text = (
        "Ann Voss, 39, pleaded guilty in December to compelling prostitution. Four women "
        "testified against Bo Tran, including a 24-year-old who told jurors she was choked."
    )
    assert not any(kind == "trial" for _, kind, _ in court_of(text))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "two counts of facilitation of aggravated robbery.",
            ["facilitation of aggravated robbery"],
        ),
        ("remaining aggravated robbery counts.", ["aggravated robbery"]),
    ],
)
def test_facilitation_and_remaining_counts(phrase: str, expected: list[str]) -> None:
    assert [charge.name for charge in read_charges(phrase)] == expected


def test_a_trial_only_if_the_case_goes_to_trial() -> None:
    text = (
        "Ann Voss, 20, pleaded guilty to robbery. She agreed to testify against her "
        "co-defendant, Bo Tran, 21, if his case goes to trial."
    )
    assert not any(kind == "trial" for _, kind, _ in court_of(text))
    # near miss: a trial set is one
    set_for = "Ann Voss, 20, was charged with robbery. Her trial is set for May 4."
    assert any(kind == "trial" for _, kind, _ in court_of(set_for))


def test_every_court_date_is_no_session() -> None:
    text = (
        "Bo Tran, 29, was charged with murder. His grandmother said, \"I'll be at every court "
        'date."'
    )
    assert court_of(text) == set()
    # near miss: a court date set is one
    dated = "Bo Tran, 29, was charged with murder. His next court date is May 4."
    assert court_of(dated) != set()
