"""A lede that describes its suspect by age before the report names him gives him that age:
with the home told by a common word ("A 41-year-old city man accused of ..."), or with where
he studies and told as jailed ("An 18-year-old student at Dover High School is in the county
jail"). Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of, suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DOVER — A 41-year-old city man accused of choking his wife was ordered held "
            "without bail Monday. Omar J. Vell of Pine Hill pleaded not guilty in district "
            "court to strangulation.",
            ("Omar J. Vell", 41),
        ),
        (
            "DOVER — A 41-year-old local man was charged with assault Monday. Omar J. Vell of "
            "Pine Hill pleaded not guilty.",
            ("Omar J. Vell", 41),
        ),
        (
            "DOVER — An 18-year-old student at Dover High School is in the county jail, "
            "accused of posting a threat on social media, the sheriff's office said. Omar Vell "
            "of Dover was arrested Wednesday and charged with making threats.",
            ("Omar Vell", 18),
        ),
        # described by age alone, what was done to him told by a participle; or the age told
        # after the description, between commas
        (
            "A 17-year-old charged in the shooting death of a man was ordered held without "
            "bail Monday. Omar Vell made his first appearance on a charge of murder.",
            ("Omar Vell", 17),
        ),
        (
            "A 17-year-old accused of robbing a taxi driver was ordered held Monday. Omar "
            "Vell made his first appearance on a charge of robbery.",
            ("Omar Vell", 17),
        ),
        (
            "A Pine Hill man, 31, was arrested Monday in a stabbing. Omar Vell is charged "
            "with assault.",
            ("Omar Vell", 31),
        ),
        # the age after "aged", as British papers give it
        (
            "LONDON — A man aged 34 has been charged with murder after a woman was found dead "
            "in a flat. Omar Vell, of Croydon, was arrested on Saturday.",
            ("Omar Vell", 34),
        ),
        # near misses: someone else described, the one named with his own age
        (
            "LONDON — A man aged 34 was found dead in a flat. Omar Vell, of Croydon, was "
            "arrested on Saturday and charged with murder.",
            ("Omar Vell", None),
        ),
        (
            "A Pine Hill man, 31, was shot and killed Monday. Omar Vell is charged with murder.",
            ("Omar Vell", None),
        ),
        (
            "DOVER — A 41-year-old city man was shot Monday. Omar J. Vell, 30, was charged "
            "with assault.",
            ("Omar J. Vell", 30),
        ),
        (
            "DOVER — An 18-year-old student at Dover High School was hurt in a crash. Omar "
            "Vell, 40, of Dover was arrested Wednesday and charged with DUI.",
            ("Omar Vell", 40),
        ),
    ],
)
def test_the_age_a_lede_describes(text: str, expected: tuple[str, int]) -> None:
    assert suspects_of(text) == {expected: 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one named after a lede's described accused, told as already held when the
        # charge came, is that accused: his age, his charge and his bond.
        (
            "Harwick County prosecutors on Tuesday charged a 33-year-old man with murder in "
            "the death of Lise Orban. Pavel Drummond was already in the Harwick County jail "
            "when the murder charge was filed. A judge ordered him held without bond.",
            {
                ("SuspectIdentified", "Pavel Drummond", 33),
                ("ChargeFiled", "Pavel Drummond", "murder"),
                ("BondSet", "Pavel Drummond", "denied"),
            },
        ),
        (
            "A 33-year-old man was charged Tuesday with robbery. Pavel Drummond was already "
            "in custody at the Harwick County jail.",
            {
                ("SuspectIdentified", "Pavel Drummond", 33),
                ("ChargeFiled", "Pavel Drummond", "robbery"),
            },
        ),
        # near miss: one told as in jail at some past time is in another matter
        (
            "Pavel Drummond, 33, was charged Tuesday with robbery. He was in the Harwick "
            "County jail in 2019 on a drug charge.",
            {
                ("SuspectIdentified", "Pavel Drummond", 33),
                ("ChargeFiled", "Pavel Drummond", "robbery"),
            },
        ),
    ],
)
def test_the_one_named_as_already_jailed_is_the_lede_s_accused(text: str, expected: set) -> None:
    found = set()
    for fact in facts_of("SuspectIdentified", text):
        found.add(("SuspectIdentified", fact["name"], fact["age"]))
    for fact in facts_of("ChargeFiled", text):
        found.add(("ChargeFiled", fact["person"], fact["charge"]))
    for fact in facts_of("BondSet", text):
        found.add(("BondSet", fact["person"], fact["status"]))
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A headline's subject told with no article: the one suspect the report names.
        (
            "Harwick man, 34, charged with murder in Elm Street stabbing\n\nDale Voss was "
            "charged Tuesday in the death of his roommate, police said.",
            {("Dale Voss", 34): 1},
        ),
        (
            "Woman, 27, Arrested After Crash\n\nIda Crane was arrested Sunday and charged with "
            "vehicular assault.",
            {("Ida Crane", 27): 1},
        ),
        # Near miss: a headline of two people names no one's age.
        (
            "Two charged in Elm Street stabbing\n\nDale Voss and Ida Crane were charged "
            "Tuesday in the death of a man.",
            {("Dale Voss", None): 1, ("Ida Crane", None): 1},
        ),
    ],
)
def test_the_age_a_headline_describes(text: str, expected: dict) -> None:
    assert suspects_of(text) == expected


def test_an_aged_co_suspect_told_apart_keeps_his_age() -> None:
    text = (
        "Omar Vell was arrested Monday. A 15-year-old boy charged in the robbery was also "
        "released to his parents."
    )
    assert suspects_of(text) == {("Omar Vell", None): 1, (None, 15): 1}


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "A Pine Hill mother is facing child neglect charges. The children's mother, "
            "29-year-old Ona Brill, was arrested Tuesday.",
            "Pine Hill",
        ),
        # near miss: a parent described who is not the one charged
        (
            "A Pine Hill mother whose son was shot spoke at the vigil. Ona Brill, 29, was "
            "arrested Tuesday and charged with murder.",
            None,
        ),
    ],
)
def test_a_parent_described_in_the_lede(text: str, home: str | None) -> None:
    homes = [f["residence"] for f in facts_of("SuspectIdentified", text)]
    assert homes == [home]


def test_a_lede_describing_the_one_jailed() -> None:
    text = (
        "A 38-year-old Pine Hill man is in the Jackson County Jail after police say he strangled "
        "his girlfriend. Officers arrested Omar Vell on Sunday."
    )
    homes = [(f["age"], f["residence"]) for f in facts_of("SuspectIdentified", text)]
    assert homes == [(38, "Pine Hill")]


def test_she_after_a_woman_described_is_not_the_named_man() -> None:
    # "She" opening the next sentence may be the woman the sentence describes, so it tells
    # nothing of the named man's gender: the lede's "man" is still his description
    text = (
        "A 38-year-old Pine Hill man is in the county jail after police say he choked his "
        "girlfriend. Officers arrested Omar Vell on Sunday. The woman, who is 34, escaped when "
        "Vell fell asleep. She was treated for bruises."
    )
    assert suspects_of(text) == {("Omar Vell", 38): 1}
