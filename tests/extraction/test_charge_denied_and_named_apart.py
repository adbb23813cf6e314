"""A charge denied ("has not been charged with"), a charge named between dashes with what is
said of it after ("The charge against him — X — was dismissed"), and two offences told apart
by the fault their code requires ("... when at fault"). Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import charges_of, facts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dee Fox, 40, has not been charged with murder.", set()),
        ("Dee Fox, 40, hasn't yet been charged with murder.", set()),
        (
            "Dee Fox, 40, was arrested on a warrant. Police said they are nowhere close to "
            "charging anyone with murder.",
            set(),
        ),
        # ... but a charge told with "not only" is filed, and so is one in the next clause
        ("Dee Fox, 40, was not only charged with murder.", {("Dee Fox", "murder", "filed")}),
        (
            "Dee Fox, 40, has never been charged with a crime in Ohio, but he was charged with "
            "theft.",
            {("Dee Fox", "theft", "filed")},
        ),
    ],
)
def test_a_charge_denied_is_none(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lon Pike, 40, was charged with two felonies. The more serious charge against Pike "
            "— failure to stop at a fatal crash when at fault, punishable by up to 15 years in "
            "prison – was dismissed Aug. 3 by a judge.",
            {("Lon Pike", "failure to stop at a fatal crash when at fault", "dropped")},
        ),
        # what is said after may be no outcome
        (
            "The charges against Lon Pike — murder and robbery — are the most serious he has "
            "faced.",
            {("Lon Pike", "murder", "filed"), ("Lon Pike", "robbery", "filed")},
        ),
    ],
)
def test_a_charge_named_between_dashes(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fault a code requires makes the graver offence
        (
            "Lon Pike, 51, was charged with failure to stop at a crash involving death when at "
            "fault and failure to stop at a crash involving death.",
            {
                ("Lon Pike", "failure to stop at a crash involving death when at fault", "filed"),
                ("Lon Pike", "failure to stop at a crash involving death", "filed"),
            },
        ),
        # ... while one offence told in other words is one charge
        (
            "Lon Pike, 51, was charged with criminal attempt to commit murder. Pike faces a "
            "charge of attempted murder.",
            {("Lon Pike", "criminal attempt to commit murder", "filed")},
        ),
    ],
)
def test_the_fault_a_code_requires(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a charge dated years before, beside this case's, is a record, whatever became of it
        (
            "Lon Pike, 31, still faces a charge of burglary. He was also charged with assault "
            "and battery in 2019, but that case was dismissed.",
            {("Lon Pike", "burglary", "filed")},
        ),
        (
            "Lon Pike, 31, was charged Monday with arson. Pike was charged with theft in 2018.",
            {("Lon Pike", "arson", "filed")},
        ),
        # ... but a dated charge with no other is the report's subject
        (
            "Lon Pike, 31, was charged with murder in 2019. His trial opened Monday.",
            {("Lon Pike", "murder", "filed")},
        ),
    ],
)
def test_a_charge_dated_years_before_the_report(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {(f["person"], f["charge"], f["status"]) for f in facts_of("ChargeFiled", text)}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lede that describes its defendant by what she does, named in the next sentence
        (
            "A former bookkeeper for a dental practice pleaded guilty Thursday to wire fraud. "
            "Ona Pell, 47, admitted she took $900,000.",
            {("Ona Pell", "wire fraud", "convicted")},
        ),
        # ... not when the next sentence gives the name another part
        (
            "A former bookkeeper pleaded guilty Thursday to wire fraud. Ona Pell, the judge, "
            "said the plea was fair.",
            {(None, "wire fraud", "convicted")},
        ),
    ],
)
def test_a_lede_describing_its_defendant(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dismissal asked for is none
        (
            "Ona Pell, 47, is charged with theft. Her attorney filed a motion seeking the "
            "dismissal of the theft charge, but the motion was denied.",
            {("Ona Pell", "theft", "filed")},
        ),
        # ... one ordered is
        (
            "Ona Pell, 47, is charged with theft. The judge ordered the dismissal of the theft "
            "charge.",
            {("Ona Pell", "theft", "dropped")},
        ),
        # a plea deal's promise drops the charge, as "agreed to drop" does
        (
            "Ona Pell, 47, pleaded guilty to theft. As part of a plea agreement, prosecutors "
            "will dismiss a charge of forgery at sentencing.",
            {("Ona Pell", "theft", "convicted"), ("Ona Pell", "forgery", "dropped")},
        ),
    ],
)
def test_a_dismissal_asked_for_or_promised(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plea that tells not its kind, after a not-guilty plea, leaves the charges filed
        (
            "Ona Pell pleaded not guilty last week to two felony charges. Ona Pell, 54, entered "
            "her pleas to theft and fraud on May 6.",
            {("Ona Pell", "theft", "filed"), ("Ona Pell", "fraud", "filed")},
        ),
        # ... alone, it is taken for a guilty plea, as reports mostly mean it
        (
            "Ona Pell, 54, entered her plea to theft on May 6 and was sentenced to probation.",
            {("Ona Pell", "theft", "convicted")},
        ),
    ],
)
def test_a_plea_of_no_stated_kind(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outcome told with an adverb after the list
        (
            "Charges of murder and arson against Abe Ruiz, 25, were formally dismissed Tuesday.",
            {("Abe Ruiz", "murder", "dropped"), ("Abe Ruiz", "arson", "dropped")},
        ),
        # a grand jury's no bill ends the charges
        (
            "Abe Ruiz, 25, had been charged with murder, but a grand jury declined to indict him.",
            {("Abe Ruiz", "murder", "dropped")},
        ),
        # ... an indictment asked for does not
        (
            "Abe Ruiz, 25, was charged with murder. Prosecutors will ask a grand jury to indict "
            "him.",
            {("Abe Ruiz", "murder", "filed")},
        ),
    ],
)
def test_outcomes_told_after_the_charges(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a term told for each charge
        (
            "Abe Ruiz, 38, was sentenced Tuesday to 12 years for manslaughter and three years "
            "for arson, to be served consecutively.",
            {("Abe Ruiz", "manslaughter", "convicted"), ("Abe Ruiz", "arson", "convicted")},
        ),
        # a term ordered served for a charge
        (
            "Abe Ruiz, 38, was ordered to serve 12 years for manslaughter.",
            {("Abe Ruiz", "manslaughter", "convicted")},
        ),
        # ... not a term already being served, an earlier matter's
        (
            "Abe Ruiz, 38, is serving 12 years for a 2015 robbery and was charged with murder.",
            {("Abe Ruiz", "murder", "filed")},
        ),
    ],
)
def test_terms_for_charges(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # offences booked on suspicion become the charges the court acts on
        (
            "Abe Ruiz, 34, was booked into the county jail on suspicion of vehicular homicide "
            "and hit-and-run resulting in death. At his first appearance, a judge found probable "
            "cause for both charges.",
            {
                ("Abe Ruiz", "vehicular homicide", "filed"),
                ("Abe Ruiz", "hit-and-run resulting in death", "filed"),
            },
        ),
        # ... but stay suspicions when the report says none is filed yet
        (
            "Abe Ruiz, 34, was booked on suspicion of murder. He has not yet been formally "
            "charged, and a judge will review the charges on Monday.",
            set(),
        ),
        ("Abe Ruiz, 34, was booked on suspicion of murder.", set()),
    ],
)
def test_offences_booked_on_suspicion(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conviction told as the person's record is no outcome of this case
        (
            "Abe Ruiz, 25, was charged with murder. He had previously been convicted of burglary.",
            {("Abe Ruiz", "murder", "filed")},
        ),
        # ... while this case's verdict is
        (
            "Abe Ruiz, 25, was charged with murder. He was convicted of murder on Friday.",
            {("Abe Ruiz", "murder", "convicted")},
        ),
    ],
)
def test_a_record_recalled(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected
