"""Offence names as penal codes word them, and where a list of them goes on: an enhancement
told after an offence ("as a hate crime") or before it ("hate-crime assault") is no part of
it and ends no list; a place or a condition the code names ("in a public place", "after
former felony conviction") is part of the name; anyone the code protects ("another person") is
no victim told of; a gerund and its article open a name ("offering an indignity to"); the
last item after "; and" is read up to where a list ends; and "including" after charges names
charges, after anything else examples. Every sentence here is invented."""

from __future__ import annotations

import pytest

from casefile.extraction.offences import split_charges
from tests.extraction.reading import charges_of


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # an enhancement after the name ends the item, and the list goes on
        (
            "assault in the second degree as a hate crime and menacing in the third degree.",
            ["assault in the second degree", "menacing in the third degree"],
        ),
        ("hate-crime assault and robbery.", ["assault", "robbery"]),
        ("a hate crime murder in the park.", ["murder"]),
        # ... but a hate crime named alone is the charge, and "as" of a clause ends the list
        ("a hate crime.", ["hate crime"]),
        ("murder as his wife watched and robbery.", ["murder"]),
    ],
)
def test_an_enhancement_is_no_part_of_the_name(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "possession of a knife in a public place and theft.",
            ["possession of a knife in a public place", "theft"],
        ),
        # a place the report tells is not the code's
        ("possession of a knife in a parking lot.", ["possession of a knife"]),
        (
            "possession of a firearm after former felony conviction and robbery.",
            ["possession of a firearm after former felony conviction", "robbery"],
        ),
        ("robbery after a chase.", ["robbery"]),
    ],
)
def test_a_place_or_condition_the_code_names(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "recklessly endangering another person and theft.",
            ["recklessly endangering another person", "theft"],
        ),
        # a person the report tells of makes an act of it
        ("endangering her son.", ["endangerment"]),
        ("murdering another man.", ["murder"]),
    ],
)
def test_anyone_the_code_protects_is_no_victim(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "second-degree murder and offering an indignity to human remains.",
            ["second-degree murder", "offering an indignity to human remains"],
        ),
        # a gerund and an article before no offence name no charge
        ("wearing a mask.", []),
        # carrying someone or something across a line is an offence federal codes name
        (
            "transportation for purposes of prostitution and wire fraud.",
            ["transportation for purposes of prostitution", "wire fraud"],
        ),
        ("transporting a stolen vehicle.", ["transporting a stolen vehicle"]),
    ],
)
def test_a_gerund_and_its_article_open_a_name(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "burglary in the first degree; theft; and criminal mischief after a break-in.",
            ["burglary in the first degree", "theft", "criminal mischief"],
        ),
        # a clause after "; and" is none
        ("murder; and he is held without bail.", ["murder"]),
    ],
)
def test_the_last_item_after_a_semicolon_and(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the four charges she faced, including arson and burglary.", ["arson", "burglary"]),
        # what a charge is about, not charges
        ("charges of smuggling drugs, including heroin and cocaine.", ["smuggling drugs"]),
    ],
)
def test_including_after_charges_or_after_an_offence(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


def test_a_list_after_a_hate_crime_enhancement_is_read_whole() -> None:
    text = (
        "Police said Odell Brisco, 40, was arrested Friday and charged with assault in the "
        "second degree as a hate crime and aggravated harassment in the second degree."
    )
    assert charges_of(text) == {
        ("Odell Brisco", "assault in the second degree", "filed"),
        ("Odell Brisco", "aggravated harassment in the second degree", "filed"),
    }


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # whom the charge is against ends the item
        (
            "dangerous driving causing death and failing to stop at the scene of an accident "
            "causing death against a Regina man.",
            [
                "dangerous driving causing death",
                "failing to stop at the scene of an accident causing death",
            ],
        ),
        # ... but not a person the code names
        (
            "sexual assault against a child and theft.",
            ["sexual assault against a child", "theft"],
        ),
        # an aside about one item, and the list goes on
        (
            "attempted murder, which carries a life sentence, and criminal possession of a weapon.",
            ["attempted murder", "criminal possession of a weapon"],
        ),
        ("murder, which carries life, and he was held without bail.", ["murder"]),
        (
            "second-degree murder, a charge that carries up to 40 years, and armed robbery.",
            ["second-degree murder", "armed robbery"],
        ),
        # a preposition said again before the next item
        ("manslaughter and of affray.", ["manslaughter", "affray"]),
        # an office a code protects from an assault or a threat
        (
            "menacing a police officer and resisting arrest.",
            ["menacing a police officer", "resisting arrest"],
        ),
        ("assaulting the officer.", ["assault"]),
        # the words for any offence name none
        ("the crime.", []),
    ],
)
def test_where_an_item_ends_and_the_list_goes_on(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stay of proceedings ends a prosecution, as Canadian courts report it
        (
            "The Crown has stayed charges of arson and mischief against Rhea Lund, court "
            "records show.",
            {("Rhea Lund", "arson", "dropped"), ("Rhea Lund", "mischief", "dropped")},
        ),
        (
            "Rhea Lund, 30, was charged with arson. The arson charge against her was stayed "
            "on Monday.",
            {("Rhea Lund", "arson", "dropped")},
        ),
        (
            "Rhea Lund, who stayed in custody, is charged with theft.",
            {("Rhea Lund", "theft", "filed")},
        ),
        # a grand jury's indictment, and its refusal, in one sentence
        (
            "Vic Amos, 30, was arrested Monday. A grand jury declined to indict Amos on a murder "
            "charge but returned an indictment on manslaughter and assault.",
            {
                ("Vic Amos", "murder", "dropped"),
                ("Vic Amos", "manslaughter", "filed"),
                ("Vic Amos", "assault", "filed"),
            },
        ),
        (
            "A grand jury returned an indictment on manslaughter against Vic Amos on Monday.",
            {("Vic Amos", "manslaughter", "filed")},
        ),
        # a second defendant's clause is no item of the first's list
        (
            "Prosecutors charged Ty Rowe, 22, with robbery, and charged Kip Lamb, 20, with "
            "accessory after the fact.",
            {("Ty Rowe", "robbery", "filed"), ("Kip Lamb", "accessory after the fact", "filed")},
        ),
        (
            "Ty Rowe was convicted of manslaughter and of affray.",
            {("Ty Rowe", "manslaughter", "convicted"), ("Ty Rowe", "affray", "convicted")},
        ),
        (
            "Four people were arrested and charged in connection with the crime. Ty Rowe, 22, "
            "was among them.",
            set(),
        ),
    ],
)
def test_outcomes_and_indictments_as_courts_word_them(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # the verbs Commonwealth codes name offences by
        (
            "destroying or damaging a building with intent to endanger life and theft.",
            ["destroying or damaging a building with intent to endanger life", "theft"],
        ),
        ("Destroy or damage property by explosive.", ["destroy or damage property by explosive"]),
        (
            "contravening a domestic violence order and breach of bail.",
            ["contravening a domestic violence order", "breach of bail"],
        ),
        # the state of mind joined to the act by "and" is one offence ...
        (
            "intentionally causing a bushfire and being reckless as to its spread, and theft.",
            ["intentionally causing a bushfire and being reckless as to its spread", "theft"],
        ),
        (
            "Intentionally cause a bushfire and be reckless as to its spread",
            ["intentionally cause a bushfire and be reckless as to its spread"],
        ),
        # ... a status offence joined so is a second one
        (
            "possession of cocaine and being a felon in possession of a firearm.",
            ["possession of cocaine", "felon in possession of a firearm"],
        ),
    ],
)
def test_offences_as_commonwealth_codes_name_them(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # what crosses a border names an offence, however long the thing's description
        (
            "importing a marketable quantity of a border controlled precursor and theft.",
            ["importing a marketable quantity of a border controlled precursor", "theft"],
        ),
        (
            "exporting a large quantity of firearm parts.",
            ["exporting a large quantity of firearm parts"],
        ),
        # "dealing in" is one verb: its "in" ends no name
        ("dealing in the proceeds of crime.", ["dealing in the proceeds of crime"]),
        # a threshold the code names is part of the name, a sum the report tells is not
        (
            "receiving stolen property worth $25,000 or more.",
            ["receiving stolen property worth $25,000 or more"],
        ),
        ("receiving stolen property worth $25,000.", ["receiving stolen property"]),
        # near miss: a word that only begins like the verb names nothing
        ("an important meeting.", []),
        # what British money laundering law makes an offence of
        ("converting criminal property.", ["converting criminal property"]),
        ("acquiring criminal property and fraud.", ["acquiring criminal property", "fraud"]),
    ],
)
def test_a_code_names_imports_dealing_and_thresholds(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected
