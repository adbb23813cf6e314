"""How reports write suspects' names and ages and tell their custody: descriptors and initials
around a name, given names sharing a surname, ages told in other ways, counted groups, and the
wordings of custody. Every sentence here is written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from casefile.extraction.sentences import split_sentences
from tests.extraction.reading import arrested_in, suspects_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rapper Tay Keith, 29, was arrested on Friday.", "Tay Keith"),
        ("Former Coach Dan Riggs, 29, was arrested on Friday.", "Dan Riggs"),
        ("Nurse Helen Ortiz, 29, was charged with manslaughter.", "Helen Ortiz"),
        ("Adam Driver, 29, was charged with theft.", "Adam Driver"),
        # the part the report gives him in the crime
        ("Ringleader Cobb Thayne, 29, was jailed for six years.", "Cobb Thayne"),
        ("Lookout Cobb Thayne, 29, was jailed for two years.", "Cobb Thayne"),
        ("Co-accused Cobb Thayne, 29, was refused bail.", "Cobb Thayne"),
    ],
)
def test_a_descriptor_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert suspects_of(text) == Counter({(name, 29): 1})


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ('Darnell Hicks, also known as "Boogie," 26, was arrested Monday.', 26),
        ("Jalen Ross was 17 at the time of the shooting. Ross was charged with murder.", 17),
        ("Darnell Hicks, who turned 18 last month, was arrested Monday.", 18),
        ("Police arrested Darnell Hicks Monday. The suspect, 45, is charged with arson.", 45),
        ("Darnell Hicks was arrested Monday on an arson charge. He is 45.", 45),
        ("Darnell Hicks, 45 years old, was arrested Monday.", 45),
        ("Darnell Hicks, 45-years-old, was arrested Monday.", 45),
        # An age in words, as the wires open a sentence with it.
        ("Forty-five-year-old Darnell Hicks was arrested Monday.", 45),
        ("Nineteen-year-old Darnell Hicks was arrested Monday.", 19),
        ("Darnell Hicks of Dayton, age 45, was arrested Monday.", 45),
        # A description with the age set beside the name.
        ("The 45-year-old Dayton man, Darnell Hicks, was arrested Monday.", 45),
    ],
)
def test_the_age_told_in_other_ways(text: str, age: int) -> None:
    name = "Jalen Ross" if "Ross" in text else "Darnell Hicks"
    assert suspects_of(text) == Counter({(name, age): 1})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three men were arrested Friday in connection with a string of burglaries. Their "
            "names were not released.",
            3,
        ),
        ("Two men robbed a convenience store at gunpoint Tuesday night.", 2),
        ("Two men were shot outside a bar Tuesday night. No arrests have been made.", 0),
    ],
)
def test_a_counted_group_of_suspects_is_that_many(text: str, expected: int) -> None:
    assert sum(suspects_of(text).values()) == expected


def test_a_juvenile_facing_the_same_charge_is_an_unnamed_suspect() -> None:
    text = (
        "Dwayne Morris, 19, of Cincinnati, is charged with aggravated robbery. A 16-year-old "
        "boy faces the same charge in juvenile court."
    )
    assert suspects_of(text) == Counter({("Dwayne Morris", 19): 1, (None, 16): 1})


CHARGED = "Rafael Ortiz, 30, is charged with burglary. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CHARGED + "Police nabbed Ortiz on Friday.", ["Rafael Ortiz"]),
        (CHARGED + "Detectives picked up Ortiz at his home Friday.", ["Rafael Ortiz"]),
        (CHARGED + "Ortiz is behind bars at the county jail.", ["Rafael Ortiz"]),
        (CHARGED + "He was booked Friday and released on bond.", ["Rafael Ortiz"]),
        ("Rafael Ortiz, 30, was caught hiding in a closet, police said.", ["Rafael Ortiz"]),
        (
            "Police have made an arrest in the burglary. Rafael Ortiz, 30, is charged with "
            "burglary.",
            ["Rafael Ortiz"],
        ),
        # No custody: a recording, a future arrest, a transfer of someone held elsewhere.
        (CHARGED + "Ortiz was caught on camera leaving the store.", []),
        (CHARGED + "Ortiz will be arrested when he returns from Mexico, police said.", []),
        (CHARGED + "Police have not made an arrest in a second burglary.", []),
        (CHARGED + "Detectives picked up her children from school.", []),
    ],
)
def test_wordings_of_custody(text: str, expected: list[str]) -> None:
    assert arrested_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was sentenced by U.S. District Judge Ann Lee on Friday.",
        "He was arrested by U.S. Marshals in Ohio.",
    ],
)
def test_a_dotted_abbreviation_before_a_name_of_office_ends_no_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 1


def test_a_dotted_abbreviation_at_a_sentence_end_still_ends_it() -> None:
    assert len(split_sentences("He lived in the U.S. He was arrested.")) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jason and Amber Fry, both 30, were charged with child abuse.",
            {("Jason Fry", 30): 1, ("Amber Fry", 30): 1},
        ),
        (
            "Brothers Carlos and Mateo Vega were arrested Monday.",
            {("Carlos Vega", None): 1, ("Mateo Vega", None): 1},
        ),
        # "Tran" is Bo Tran's surname in this article: no given name of Ann Lee's.
        (
            "Bo Tran, 30, was arrested Monday. Tran and Ann Lee, 28, were charged with theft.",
            {("Bo Tran", 30): 1, ("Ann Lee", 28): 1},
        ),
        (
            "Bo and Ja'Quan O'Neil, both 30, were charged with theft.",
            {("Bo O'Neil", 30): 1, ("Ja'Quan O'Neil", 30): 1},
        ),
        # "De'Shawn" is one given name, not a given name and a surname to share.
        ("Tre and De'Shawn were arrested Monday.", {(None, None): 1}),
    ],
)
def test_given_names_joined_to_a_full_name_share_its_surname(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police arrested J.R. Davis, 45, on Friday.", "J.R. Davis"),
        ("Police arrested J. R. Davis, 45, on Friday.", "J. R. Davis"),
    ],
)
def test_initials_opening_a_name_are_part_of_it(text: str, name: str) -> None:
    assert suspects_of(text) == Counter({(name, 45): 1})


def test_a_state_abbreviation_in_a_list_of_home_towns_is_no_one() -> None:
    text = "Charged are Al Munn, 30, of Newark, N.J., and Bo Pratt, 28, of Camden, N.J., on Friday."
    assert suspects_of(text) == Counter({("Al Munn", 30): 1, ("Bo Pratt", 28): 1})


def test_the_age_of_a_possessive_description_is_not_the_named_relatives() -> None:
    text = "The 45-year-old victim's brother, Darnell Hicks, was arrested Monday."
    assert suspects_of(text) == Counter({("Darnell Hicks", None): 1})


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # "The 30-year-old", said to be arrested or held, is the suspect named later.
        (
            "A man was charged over a stabbing. Police arrested the 45-year-old at a home on "
            "Saturday. Darnell Hicks was refused bail.",
            45,
        ),
        ("Darnell Hicks was charged Friday. The 45-year-old is being held in the jail.", 45),
        # Near misses: the one who died, or the victim, is another.
        ("Darnell Hicks was charged with murder. The 45-year-old died at the scene.", None),
        (
            "Darnell Hicks was charged with murder. Police said the 45-year-old victim was "
            "stabbed twice.",
            None,
        ),
    ],
)
def test_the_age_of_a_definite_description_in_custody(text: str, age: int | None) -> None:
    assert suspects_of(text) == Counter({("Darnell Hicks", age): 1})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one harmed, described by age in the same sentence as the charge.
        (
            "A man has been charged over the stabbing of a 24-year-old man in Kelso. "
            "Officers arrested a 37-year-old man at a flat on Friday. The man, named in court "
            "papers as Corin Vale, of Kelso, was refused bail.",
            {("Corin Vale", 37): 1},
        ),
        # Someone else the report says came to no harm, by age at the head of a sentence.
        (
            "A 33-year-old man was remanded in custody charged with robbing a petrol station. "
            "Corin Vale, of Mill Road, appeared in court on Monday. The 18-year-old cashier who "
            "was on duty at the time was not physically injured.",
            {("Corin Vale", 33): 1},
        ),
        (
            "Corin Vale was charged with robbing a petrol station. The 18-year-old attendant "
            "on the till that night was unhurt.",
            {("Corin Vale", None): 1},
        ),
        # A man whose name is kept back, told by his age alone.
        (
            "A man charged with murdering a woman has been granted name suppression. The "
            "52-year-old appeared in the Kelso District Court today, a day after the body of "
            "Rina Parata, 29, was found. Police are not looking for anyone else over Ms "
            "Parata's death. Ms Parata worked at a bakery.",
            {(None, 52): 1},
        ),
        # Near miss: the suspect himself, told by age after he is named.
        (
            "Corin Vale was charged with robbing a petrol station. The 33-year-old was "
            "remanded in custody.",
            {("Corin Vale", 33): 1},
        ),
    ],
)
def test_an_age_told_of_someone_else_is_not_the_suspects(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)
