"""Arrests and bonds as reports word them: custody that is no arrest, groups arrested, bonds
asked for, totalled, told long ago or as a state, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in, arrests_of, bonds_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Owen Pratley, 34, has been jailed for four years for arson.", []),
        ("Owen Pratley, 34, was jailed for life on Monday.", []),
        # Near miss: jailed with no term is custody taken.
        ("Owen Pratley, 34, was jailed Monday on an arson charge.", ["Owen Pratley"]),
    ],
)
def test_jailed_for_a_term_is_no_arrest(text: str, expected: list) -> None:
    assert arrested_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "said Wednesday" dates the telling, and "the 2019 killing" the crime: an arrest in
        # March is of this case.
        (
            "A man wanted in the 2019 killing of a Dunmore woman has been extradited, police "
            "said Wednesday. Eli Brandt, 38, is charged with murder. He was arrested in "
            "Chihuahua in February.",
            {("Eli Brandt", None, False)},
        ),
        # Near miss: an arrest dated years before the crime is of an earlier matter.
        (
            "Eli Brandt, 38, is charged with murder in the 2023 killing of a Dunmore woman. "
            "He was arrested in February 2019 on a burglary charge.",
            {("Eli Brandt", None, True)},
        ),
    ],
)
def test_times_that_date_the_crime(text: str, expected: set) -> None:
    assert arrests_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gil Varner, 52, was charged with arson. He remains jailed on a $1 million bond.", []),
        (
            "Gil Varner, 52, was charged with arson. He was jailed on a $1 million bond.",
            ["Gil Varner"],
        ),
    ],
)
def test_remaining_jailed_is_no_new_custody(text: str, expected: list) -> None:
    assert arrested_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Taken back into custody: a second custody of the case.
        (
            "Shay Kemper, 33, had posted bail in January. He was taken back into custody "
            "Wednesday.",
            {("Shay Kemper", "2024-03-13", False)},
        ),
        # Near miss: custody taken once.
        (
            "Shay Kemper, 33, was taken into custody Wednesday.",
            {("Shay Kemper", "2024-03-13", False)},
        ),
    ],
)
def test_taken_back_into_custody(text: str, expected: set) -> None:
    assert arrests_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bond asked for, told long after the asking verb, is not set.
        (
            "Min Sato, 29, is charged with assault. Prosecutors asked a judge Thursday to hold "
            "the man accused of attacking a stranger with a hammer on a $2 million bond.",
            set(),
        ),
        # Near miss: the judge granted it.
        (
            "Min Sato, 29, is charged with assault. Prosecutors asked and the judge agreed to "
            "hold Sato on a $2 million bond.",
            {("Min Sato", 2000000, "set")},
        ),
        # A bond in a year before the case is of an earlier matter.
        (
            "Gary Hollis, 61, was charged with murder and held on a $1 million bond. In 2016, "
            "he was arrested on a menacing charge and released on a $5,000 bond.",
            {("Gary Hollis", 1000000, "set")},
        ),
        # Near miss: a bond held since an arrest years ago is the case's.
        (
            "Gary Hollis, 61, is charged with murder. He has been held on a $1 million bond "
            "since his arrest in 2019.",
            {("Gary Hollis", 1000000, "set")},
        ),
    ],
)
def test_bonds_asked_for_or_long_ago(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A description of the one accused posts bail; the story names her and the amount.
        (
            "The woman charged in the warehouse fire posted bail and was released from jail. "
            "Nell Voss, 29, appeared in court Wednesday. The judge set bond at $10,000.",
            {("Nell Voss", 10000, "set"), ("Nell Voss", 10000, "posted")},
        ),
        # A headline's bail posted is the posting the story prices: no second one of no
        # amount.
        (
            "Arson suspect released on bail\n\nNell Voss, 29, appeared in court Wednesday. "
            "The fire gutted a warehouse. No one was inside. Crews fought it for hours. "
            "The owner plans to rebuild. The judge set bond at $10,000. She posted bail "
            "Thursday.",
            {("Nell Voss", 10000, "set"), ("Nell Voss", 10000, "posted")},
        ),
    ],
)
def test_bail_posted_by_the_one_described(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


def test_a_lead_in_that_names_its_defendant_keeps_him() -> None:
    # Near miss: a line naming one defendant before his charges is his alone.
    text = (
        "Rex Abbott, 38, was arrested on March 12, 2024 and charged with:\n\n"
        "- wire fraud;\n- money laundering.\n\nIvy Chen, 29, was not charged."
    )
    assert arrests_of(text) == {("Rex Abbott", "2024-03-12", False)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rex Abbott, 38, was one of three people arrested Tuesday. Ivy Chen, 29, and Omar "
            "Diaz, 41, were charged with wire fraud.",
            ["Ivy Chen", "Omar Diaz", "Rex Abbott"],
        ),
        # Near miss: one of more people than the report names stays his own arrest.
        (
            "Rex Abbott, 38, was one of five people arrested Tuesday. Ivy Chen, 29, was "
            "charged with wire fraud.",
            ["Rex Abbott"],
        ),
    ],
)
def test_one_of_a_counted_group_arrested(text: str, expected: list) -> None:
    assert arrested_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rex Abbott, 38, will stay behind bars until his trial, a judge ruled Friday.",
            {("Rex Abbott", None, "denied")},
        ),
        # Near miss: behind bars for now is no ruling on bail.
        ("Rex Abbott, 38, is behind bars, police said Friday.", set()),
    ],
)
def test_kept_in_custody_until_trial(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Bonds told one by one after their total: the total is none of its own.
        (
            "Jed Vance, 34, was charged with murder and assault. His bonds total $1.1 million: "
            "$1 million on the murder charge and $100,000 on the assault charge.",
            {("Jed Vance", 1000000, "set"), ("Jed Vance", 100000, "set")},
        ),
        # Near miss: a total told alone is the bond he is held on.
        (
            "Jed Vance, 34, was charged with murder. He is held on bonds totaling $1.1 million.",
            {("Jed Vance", 1100000, "set")},
        ),
        # No bond set yet is no bail denied.
        (
            "Jed Vance, 34, was charged with violating a protective order. No bond has been set "
            "on that charge.",
            set(),
        ),
        # Near miss: held with no bond is.
        (
            "Jed Vance, 34, was charged with murder. He is being held with no bond.",
            {("Jed Vance", None, "denied")},
        ),
        # Free on bond, with no bond told before: posted, of no amount.
        (
            "Jed Vance, 34, was indicted on a cruelty charge. He has been free on bond since "
            "January.",
            {("Jed Vance", None, "posted")},
        ),
        # Near miss: free on the bond the report has set; no second bond.
        (
            "Jed Vance, 34, was charged with manslaughter. Bail terms required him to post a "
            "$100,000 bond. A judge said he may remain free on bail. His trial is set for "
            "May. Prosecutors objected. The judge did not rule. He has been free on bond "
            "since January.",
            {("Jed Vance", 100000, "set")},
        ),
    ],
)
def test_bond_totals_and_states(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two arrested, one named: the other, unnamed, is arrested too.
        (
            "Tad Reese, 19, and a 15-year-old boy are charged with robbery. Police said they "
            "forced a woman from her car. Officers found the car Monday and arrested both of "
            "them.",
            {("Tad Reese", "2024-03-11", False), (None, "2024-03-11", False)},
        ),
        # Near miss: "both" of the charges is no second person.
        (
            "Tad Reese, 19, was booked into jail on Monday on charges of robbery and theft, "
            "both felonies.",
            {("Tad Reese", "2024-03-11", False)},
        ),
        # The day of the crime told in "that occurred" is not the arrest's.
        (
            "Police arrested Tad Reese, 19, in connection with a carjacking that occurred "
            "Saturday evening.",
            {("Tad Reese", None, False)},
        ),
    ],
)
def test_two_arrested_one_named(text: str, expected: set) -> None:
    assert arrests_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gus Lamb, 41, was detained for questioning and later released.", []),
        # Near miss: detained with no questioning said is custody.
        ("Gus Lamb, 41, was detained Tuesday on a murder warrant.", ["Gus Lamb"]),
    ],
)
def test_detained_for_questioning(text: str, expected: list) -> None:
    assert arrested_in(text) == expected
