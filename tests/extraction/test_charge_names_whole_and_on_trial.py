"""Charges kept whole and charges told where reports put them: a law's title holding an "and"
or its short name in brackets, an offence's short name in brackets, a class a code protects
named by a bare plural, a place joined by "or at"; a list held on, a trial set on charges, a
status an offence is named by, a home told without commas. Every sentence here is invented."""

from __future__ import annotations

import pytest

from casefile.extraction.offences import split_charges
from tests.extraction.reading import charges_of, suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Quill, 33, was charged with violating the Street Safety and Gang Prevention Act.",
            {("Ada Quill", "violating the street safety and gang prevention act", "filed")},
        ),
        (
            "Ada Quill, 33, was charged with violating the Racketeer Influenced and Corrupt "
            "Organizations (RICO) Act and burglary.",
            {
                (
                    "Ada Quill",
                    "violating the racketeer influenced and corrupt organizations (rico) act",
                    "filed",
                ),
                ("Ada Quill", "burglary", "filed"),
            },
        ),
        (
            "Ada Quill, 27, faces two counts of homicide by vehicle (DWI) and one count of "
            "great bodily harm by vehicle, according to a complaint.",
            {
                ("Ada Quill", "homicide by vehicle", "filed"),
                ("Ada Quill", "great bodily harm by vehicle", "filed"),
            },
        ),
        (
            "Ada Quill, 27, was charged with operating a vehicle under the influence (OVI) "
            "and speeding.",
            {
                ("Ada Quill", "operating a vehicle under the influence", "filed"),
                ("Ada Quill", "speeding", "filed"),
            },
        ),
        (
            "Ada Quill, 33, was charged with threats of mass violence on school property or "
            "at a school-related activity, police said.",
            {
                (
                    "Ada Quill",
                    "threats of mass violence on school property or at a school-related activity",
                    "filed",
                )
            },
        ),
    ],
)
def test_a_name_holding_and_or_brackets_is_one_charge(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Quill, 33, was charged with robbery and endangering children.",
            {("Ada Quill", "robbery", "filed"), ("Ada Quill", "endangering children", "filed")},
        ),
        (
            "Ada Quill, 33, was charged with corrupting minors.",
            {("Ada Quill", "corrupting minors", "filed")},
        ),
        # a person's own children are people the act was done to
        (
            "Ada Quill, 33, was charged with endangering her children.",
            {("Ada Quill", "endangerment", "filed")},
        ),
    ],
)
def test_a_class_named_by_a_bare_plural_is_the_offences_own(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Quill, 33, was arrested Monday. She remains held without bond on burglary, "
            "arson and theft charges.",
            {
                ("Ada Quill", "burglary", "filed"),
                ("Ada Quill", "arson", "filed"),
                ("Ada Quill", "theft", "filed"),
            },
        ),
        (
            "Ada Quill, Omar Vell and Rita Moss are set for trial in May on racketeering and "
            "burglary charges.",
            {
                (name, charge, "filed")
                for name in ("Ada Quill", "Omar Vell", "Rita Moss")
                for charge in ("racketeering", "burglary")
            },
        ),
        (
            "Ada Quill, 33, was arrested in March. Quill is scheduled to go to trial in June "
            "on robbery and theft charges.",
            {("Ada Quill", "robbery", "filed"), ("Ada Quill", "theft", "filed")},
        ),
        # the trial the subject of its own clause: "Her trial on ... charges is set to begin"
        (
            "Ada Quill, 33, was extradited in May. Her trial on robbery and arson charges is "
            "set to begin Sept. 9.",
            {("Ada Quill", "robbery", "filed"), ("Ada Quill", "arson", "filed")},
        ),
        ("Ada Quill, 33, was extradited in May. Her trial on Monday is set to last a week.", set()),
        (
            "Ada Quill, 33, and Omar Vell, 40, were indicted. Quill and Vell are charged with "
            "robbery, and Quill is charged as a felon in possession of a firearm.",
            {
                ("Ada Quill", "robbery", "filed"),
                ("Omar Vell", "robbery", "filed"),
                ("Ada Quill", "felon in possession of a firearm", "filed"),
            },
        ),
        (
            "A city man accused of hitting his wife was held without bail Monday. Omar J. Vell "
            "of Pine Hill pleaded not guilty in Central District Court to strangulation, "
            "and intimidation of a witness.",
            {
                ("Omar J. Vell", "strangulation", "filed"),
                ("Omar J. Vell", "intimidation of a witness", "filed"),
            },
        ),
    ],
)
def test_charges_told_where_reports_put_them(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ada Quill, 33, was arrested in March. Her trial on the robbery charge begins in May.",
        "Ada Quill, Omar Vell and Rita Moss testified at the trial in May on the robbery charges.",
    ],
)
def test_a_trial_told_otherwise_names_no_new_charge(text: str) -> None:
    assert all(charge in ("robbery",) for _, charge, _ in charges_of(text))


@pytest.mark.parametrize(
    "role", ["accused leader", "alleged ringleader", "suspected getaway driver"]
)
def test_a_role_told_as_alleged_names_a_suspect(role: str) -> None:
    text = (
        "Rita Moss, 27, was arrested Thursday. Her lawyer said he would appeal. "
        f"The {role}, Omar J. Vell, 34, did not request bond Thursday."
    )
    assert suspects_of(text)[("Omar J. Vell", 34)] == 1


def test_an_alleged_victim_is_no_suspect() -> None:
    text = (
        "Rita Moss, 27, was arrested Thursday. The alleged victim, Omar J. Vell, 34, stayed home."
    )
    assert suspects_of(text)[("Omar J. Vell", 34)] == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Dover man has been charged with setting a fire last month that gutted a "
            "building. Omar Vell, 52, is charged with arson and aggravated criminal mischief.",
            {
                ("Omar Vell", "arson", "filed"),
                ("Omar Vell", "aggravated criminal mischief", "filed"),
            },
        ),
        # near miss: the offence a code names by the deed
        (
            "Omar Vell, 52, was charged with setting fire to a building.",
            {("Omar Vell", "setting fire to a building", "filed")},
        ),
    ],
)
def test_setting_a_particular_fire_tells_the_deed(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Vell, 34, was arrested in March. He remains held without bond on burglary and "
            "theft charges, in addition to a probation violation from a 2019 burglary "
            "conviction.",
            {("Omar Vell", "burglary", "filed"), ("Omar Vell", "theft", "filed")},
        ),
        # near miss: a violation charged in this case
        (
            "Omar Vell, 34, was charged with burglary and a probation violation.",
            {("Omar Vell", "burglary", "filed"), ("Omar Vell", "probation violation", "filed")},
        ),
    ],
)
def test_a_violation_from_an_earlier_conviction_is_no_charge(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "first-degree murder in perpetration of a robbery and especially aggravated robbery "
            "in the March 8 death of a clerk",
            ["first-degree murder in perpetration of a robbery", "especially aggravated robbery"],
        ),
        (
            "first-degree murder in the perpetration of a burglary",
            ["first-degree murder in the perpetration of a burglary"],
        ),
        # near miss: the deed the charge is about
        ("first-degree murder in the shooting of a clerk", ["first-degree murder"]),
    ],
)
def test_murder_in_perpetration_of_a_felony_is_one_name(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivo Renn, 29, was found guilty of murder by a NSW Supreme Court jury in June.",
            {("Ivo Renn", "murder", "convicted")},
        ),
        (
            "Ivo Renn, 29, was convicted of assault by a Kelso Magistrates bench.",
            {("Ivo Renn", "assault", "convicted")},
        ),
        # Near miss: the offender a code names stays in the name.
        (
            "Ivo Renn, 29, was charged with assault by a person in a position of trust.",
            {("Ivo Renn", "assault by a person in a position of trust", "filed")},
        ),
    ],
)
def test_who_gave_the_verdict_is_no_part_of_the_charge(text: str, expected: set) -> None:
    assert charges_of(text) == expected
