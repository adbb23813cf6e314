"""A release's roster of the arrested ("Arrested:" over lines "- Name, 19, of Town - charges",
and a line that describes someone it does not name), a qualifier in brackets that is part of
an offence's name, a place a code names with "within", an unnamed minor a pronoun stands for
rather than the adult named before, and one offence in other words ("child cruelty",
"second-degree cruelty to children"). Every sentence here is invented."""

from __future__ import annotations

import pytest

from casefile.extraction.offences import split_charges
from tests.extraction.reading import charges_of


def test_a_roster_of_the_arrested() -> None:
    text = (
        "Police arrested two suspects in a carjacking.\n\n"
        "Arrested:\n"
        "- Rod Tate, 19, of Akron - aggravated robbery, receiving stolen property (motor "
        "vehicle), having weapons while under disability\n"
        "- A 15-year-old male - aggravated robbery. Because of his age, his name is not being "
        "released.\n"
    )
    assert charges_of(text) == {
        ("Rod Tate", "aggravated robbery", "filed"),
        ("Rod Tate", "receiving stolen property (motor vehicle)", "filed"),
        ("Rod Tate", "having weapons while under disability", "filed"),
        (None, "aggravated robbery", "filed"),
    }


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("theft (auto) and murder.", ["theft (auto)", "murder"]),
        # a remark in brackets is none
        ("murder (he denies it) and theft.", ["murder"]),
        (
            "carrying weapons within school safety zones and theft.",
            ["carrying weapons within school safety zones", "theft"],
        ),
        ("murder within 2 days of the crash.", ["murder"]),
    ],
)
def test_brackets_and_within(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cal Cobb, 44, was charged with reckless conduct. The paper is not naming the teen "
            "because he is a juvenile. He faces charges of terroristic threats.",
            {("Cal Cobb", "reckless conduct", "filed"), (None, "terroristic threats", "filed")},
        ),
        # ... but a pronoun after no such description is the suspect named before
        (
            "Cal Cobb, 44, was charged with reckless conduct. The paper named him on Monday. "
            "He faces charges of terroristic threats.",
            {
                ("Cal Cobb", "reckless conduct", "filed"),
                ("Cal Cobb", "terroristic threats", "filed"),
            },
        ),
    ],
)
def test_a_pronoun_for_an_unnamed_minor(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minor the report describes as the subject, beside an adult it names
        (
            "Cal Cobb, 24, and a 16-year-old boy were arrested. Cobb was charged with burglary. "
            "The 16-year-old was charged with Burglary and Criminal Trespass through the "
            "juvenile court.",
            {
                ("Cal Cobb", "burglary", "filed"),
                (None, "burglary", "filed"),
                (None, "criminal trespass", "filed"),
            },
        ),
        (
            "Cal Cobb, 24, and a 15-year-old were arrested. Cobb was charged with theft. "
            "The juvenile faces a charge of arson.",
            {("Cal Cobb", "theft", "filed"), (None, "arson", "filed")},
        ),
        # a named adult and an unnamed minor of one subject: charged both
        (
            "Cal Cobb, 24, and a 16-year-old who cannot be identified under the Youth Criminal "
            "Justice Act are charged with arson.",
            {("Cal Cobb", "arson", "filed"), (None, "arson", "filed")},
        ),
        # ... but a minor who was hurt beside him is charged with nothing
        (
            "Cal Cobb, 24, and a 16-year-old who was shot were taken to hospital. Cobb is charged "
            "with arson.",
            {("Cal Cobb", "arson", "filed")},
        ),
        # ... but "the 24-year-old" is the adult named
        (
            "Cal Cobb, 24, and a 15-year-old were arrested. The 24-year-old was charged with "
            "theft.",
            {("Cal Cobb", "theft", "filed")},
        ),
    ],
)
def test_a_described_minor_as_the_subject(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


def test_one_offence_in_other_words() -> None:
    text = (
        "A father has been charged with child cruelty, police said. Cal Cobb, 44, was charged "
        "with second-degree cruelty to children."
    )
    assert charges_of(text) == {("Cal Cobb", "second-degree cruelty to children", "filed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # booked on complaints, across a name's initial
        (
            "Rod Tate, 24, was booked into the John L. Ross Justice Center on complaints of "
            "five counts of robbery with a firearm and possession of a firearm after former "
            "felony conviction.",
            {
                ("Rod Tate", "robbery with a firearm", "filed"),
                ("Rod Tate", "possession of a firearm after former felony conviction", "filed"),
            },
        ),
        # ... while booked on suspicion is no charge
        ("Rod Tate, 24, was booked into the jail on suspicion of robbery.", set()),
        # the defendant a verdict names, whatever his title
        (
            "A judge on Thursday acquitted Akron police officer Rod Tate of first-degree assault.",
            {("Rod Tate", "first-degree assault", "acquitted")},
        ),
    ],
)
def test_booked_on_complaints_and_a_titled_defendant(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a federal offence's long name, read whole
        (
            "one count of conspiracy to distribute and to possess with intent to distribute 400 "
            "grams or more of fentanyl; three counts of distribution of fentanyl; and one count "
            "of being a felon in possession of a firearm and ammunition;",
            [
                "conspiracy to distribute and possess with intent to distribute 400 grams or "
                "more of fentanyl",
                "distribution of fentanyl",
                "felon in possession of a firearm and ammunition",
            ],
        ),
        # what the law provides for a charge ends it
        (
            "possession of a firearm in furtherance of a drug trafficking crime provides for a "
            "mandatory minimum sentence.",
            ["possession of a firearm in furtherance of a drug trafficking crime"],
        ),
    ],
)
def test_federal_names(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence about what the law provides for a charge charges no one
        (
            "Rod Tate, 41, was charged with robbery. The charge of possession of a firearm in "
            "furtherance of a drug trafficking crime provides for a mandatory minimum sentence "
            "of five years.",
            {("Rod Tate", "robbery", "filed")},
        ),
        (
            "Rod Tate, 41, faces a charge of robbery, which carries up to 20 years.",
            {("Rod Tate", "robbery", "filed")},
        ),
    ],
)
def test_what_the_law_provides(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a felony's class opens its name in title case
        (
            "one count each of Class B theft by unauthorized taking and Class B misuse of "
            "entrusted property.",
            ["class b theft by unauthorized taking", "class b misuse of entrusted property"],
        ),
        # ... while a name after "of" is the victim's
        ("murder of Rod Tate and robbery.", ["murder", "robbery"]),
        # an event named by what happened is no offence
        ("an on-duty shooting.", []),
        ("shooting into an occupied dwelling.", ["shooting into an occupied dwelling"]),
        # ... and so is a death named by how it came ("the shooting death of his neighbor")
        ("the shooting death of his neighbor, Rod Tate.", []),
        ("the stabbing death of Rod Tate.", []),
        # near miss: a code's offence of causing a death names it first
        ("causing death by dangerous driving.", ["causing death by dangerous driving"]),
    ],
)
def test_classes_and_events(phrase: str, expected: list[str]) -> None:
    assert split_charges(phrase) == expected


def test_a_felony_summary_is_the_fuller_charge() -> None:
    text = (
        "An officer has been indicted on felony assault charges. Officer Rod Tate, 31, was "
        "arraigned on an indictment charging him with first-degree assault."
    )
    assert charges_of(text) == {("Rod Tate", "first-degree assault", "filed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a juvenile court's finding convicts; "the second suspect, a 15-year-old boy" is unnamed
        (
            "Rod Tate, 19, pleaded guilty to robbery. The second suspect, a 15-year-old boy, was "
            "adjudicated delinquent in juvenile court in December on an aggravated robbery charge.",
            {("Rod Tate", "robbery", "convicted"), (None, "aggravated robbery", "convicted")},
        ),
        # a minor's denial in juvenile court, told in a clause after "where he"
        (
            "Rod Tate, 19, was charged with robbery. The 15-year-old appeared Tuesday in juvenile "
            "court, where he denied a charge of arson.",
            {("Rod Tate", "robbery", "filed"), (None, "arson", "filed")},
        ),
    ],
)
def test_a_juvenile_beside_an_adult(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a class of victim the code names is part of the offence
        (
            "Rod Tate, 31, is charged with criminal attempt-murder of a law enforcement officer.",
            {("Rod Tate", "criminal attempt-murder of a law enforcement officer", "filed")},
        ),
        # ... while "charged in the murder of a police officer" names the killing
        (
            "Rod Tate, 31, was charged in the murder of a police officer.",
            {("Rod Tate", "murder", "filed")},
        ),
        (
            "Rod Tate, 31, was charged with the murder of Cal Cobb.",
            {("Rod Tate", "murder", "filed")},
        ),
    ],
)
def test_a_victim_class_in_the_name(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert charges_of(text) == expected


def test_him_of_a_verdict_is_the_defendant_named_before() -> None:
    text = (
        "A judge on Thursday acquitted Akron police officer Rod Tate of first-degree assault. "
        "After a bench trial, Judge Ann Muir found him not guilty of first-degree reckless "
        "endangerment. She convicted him of second-degree reckless endangerment. Tate had "
        "fired at Cal Cobb, who stepped out of his car."
    )
    assert charges_of(text) == {
        ("Rod Tate", "first-degree assault", "acquitted"),
        ("Rod Tate", "first-degree reckless endangerment", "acquitted"),
        ("Rod Tate", "second-degree reckless endangerment", "convicted"),
    }
