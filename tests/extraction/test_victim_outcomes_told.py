"""Victims on wordings of harm a police release or a court report uses that the common ones
do not cover: "pronounced deceased" is a death, as "pronounced dead" is. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from casefile.extraction import extract_facts
from tests.extraction.reading import PUBLISHED, links_of, outcomes_of, victims_of

_RELEASE = (
    "On Saturday, March 9, at about 9:50 p.m., officers went to a gas station on Oak Road for "
    "a report of shots fired. Officers found the cashier, Ravi Mendel, 51, suffering from "
    "several gunshot wounds. {died} Dario Quist, 23, was taken into custody Tuesday and "
    "charged with first-degree murder. Detectives also named Quist a person of interest in "
    "the October 19, 2023, shooting death of Lonnie Freer, 30."
)


@pytest.mark.parametrize(
    "died",
    [
        "Mendel was taken to a hospital, where he was pronounced deceased.",
        "Mendel was declared deceased at the scene.",
        "Mendel was pronounced dead at a hospital.",
        # a hospital's name may hold a period and an apostrophe
        "Mendel was taken to St. Brigid's Hospital, where he was pronounced deceased.",
        # a hospital named for a saint and its town ("of Oakvale Hospital") is no person with
        # a home town, whom the pronoun would stand for
        "Mendel was taken to St. Brigid of Oakvale Hospital, where he was pronounced deceased.",
    ],
)
def test_pronounced_deceased_is_a_death(died: str) -> None:
    """The case's victim died, so the older killing the suspect is named in is a further
    killing: a link, not a victim of this case."""
    text = _RELEASE.format(died=died)
    assert outcomes_of(text) == [("Ravi Mendel", "killed")]
    assert links_of(text) == [("Dario Quist", "Lonnie Freer")]


@pytest.mark.parametrize(
    "charge",
    ["attempted first-degree murder", "attempted second degree murder", "attempted murder"],
)
def test_an_attempt_with_its_grade_kills_no_one(charge: str) -> None:
    """ "attempted first-degree murder" is an attempt: the case is no killing, so the suspect
    is tied to no death and the one stabbed lived."""
    text = (
        "A man is in critical condition after police say his former roommate stabbed him "
        f"outside a tavern on Elm Street. Cal Renner, 38, of Dayton, is charged with {charge}."
    )
    assert links_of(text) == []
    assert outcomes_of(text) == [(None, "injured")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hospital's word for one hurt, said of one described
        ("A woman is in serious condition after a stabbing on Elm Street.", [(None, "injured")]),
        # found bleeding from wounds
        (
            "Deputies found a 52-year-old man bleeding from wounds to his arms in a parking lot.",
            [(None, "injured")],
        ),
        # cut where the body is named, after a relative clause of what she did
        (
            "A 27-year-old woman who tried to pull the attacker away was cut on the arm.",
            [(None, "injured")],
        ),
        # Near miss: a cut that is no wound
        ("A 27-year-old woman was cut off in traffic on Elm Street.", []),
    ],
)
def test_harm_said_of_one_described(text: str, expected: list) -> None:
    assert outcomes_of(text + " Cal Renner, 38, was charged with assault.") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the care the harm called for
        ("Ada Moyle, 31, needed stitches.", [("Ada Moyle", "injured")]),
        ("Ada Moyle, 31, spent two weeks in the hospital.", [("Ada Moyle", "injured")]),
        ("Ada Moyle, 31, underwent surgery Friday.", [("Ada Moyle", "injured")]),
        # cutting before the name
        (
            "He was also convicted of battery for cutting Ada Moyle, a patron who tried to help.",
            [("Ada Moyle", "injured")],
        ),
    ],
)
def test_the_care_harm_called_for_says_harm(sentence: str, expected: list) -> None:
    text = f"Cal Renner, 38, was charged with aggravated battery in a fight outside a tavern. {sentence}"
    assert outcomes_of(text) == expected


@pytest.mark.parametrize("street", ["Cooper Row", "Aldgate Crescent", "Wexley Terrace"])
def test_a_street_named_like_a_person_is_no_victim(street: str) -> None:
    """The pronoun of the next sentence is the man found hurt, not the street he lay on."""
    text = (
        f"Tomas Reilly, 52, was found seriously injured on {street}, outside a pub, shortly "
        "after midnight on Sunday. He died in a hospital on Monday afternoon. Owen Dunne, 24, "
        "was charged with murder."
    )
    assert outcomes_of(text) == [("Tomas Reilly", "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 34-year-old woman and her two sons, aged six and nine, escaped the burning house "
            "before the roof collapsed.",
            [(None, "unharmed")] * 3,
        ),
        ("A 60-year-old man escaped the blaze through a window.", [(None, "unharmed")]),
        # Near misses: who escaped custody, or the police, is no one targeted
        ("A 25-year-old man escaped from a work-release center.", []),
        ("A 25-year-old man escaped the house through a window as officers arrived.", []),
    ],
)
def test_those_who_escaped_a_home_set_on_fire_were_its_targets(text: str, expected: list) -> None:
    assert outcomes_of(text + " Cal Renner, 38, was charged with arson.") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Wexford man accused of setting fire to his estranged wife's home while she and "
            "their three children slept inside has been refused bail.",
            [("estranged wife", 1), ("children", 3)],
        ),
        (
            "A man who fired shots into his ex-girlfriend's apartment while she and her son were "
            "inside was jailed Friday.",
            [("ex-girlfriend", 1), ("son", 1)],
        ),
        # Near miss: no attack on the home
        (
            "A man who phoned his ex-girlfriend's apartment while she and her son were inside "
            "was jailed Friday.",
            [],
        ),
    ],
)
def test_those_inside_a_home_attacked_were_its_targets(text: str, expected: list) -> None:
    found = [
        f.fields
        for f in extract_facts(text + " Cal Renner, 38, was charged.", PUBLISHED)
        if f.kind == "VictimReported"
    ]
    assert all(f["outcome"] == "unharmed" for f in found)
    counted: dict[str, int] = {}
    for f in found:
        counted[f["description"]] = counted.get(f["description"], 0) + 1
    assert sorted(counted.items()) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Dayton man who tracked his ex-wife with a hidden GPS device pleaded guilty to "
            "stalking.",
            [(None, "unharmed")],
        ),
        ("Cal Renner, 38, is accused of harassing a neighbor for months.", [(None, "unharmed")]),
        ("Cal Renner, 38, was convicted of stalking a coworker.", [(None, "unharmed")]),
        # Near miss: the police tracking a man is a search
        ("Deputies tracked a man to a motel, where Cal Renner, 38, was arrested.", []),
    ],
)
def test_a_person_stalked_or_harassed_is_a_victim_unharmed(text: str, expected: list) -> None:
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a police release's "located", and injuries with their degree before them
        (
            "Officers located a 40-year-old woman suffering from serious injuries.",
            [(None, "injured")],
        ),
        ("Deputies discovered a 19-year-old man with stab wounds.", [(None, "injured")]),
        (
            "Officers found a man suffering from multiple stab wounds in a stairwell.",
            [(None, "injured")],
        ),
    ],
)
def test_one_found_hurt_as_police_releases_write_it(text: str, expected: list) -> None:
    assert outcomes_of(text + " Cal Renner, 38, was arrested at the scene.") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taken as one abducted is: hurt in a case of sexual assault
        (
            "Years after a 15-year-old girl was grabbed while walking home from a bus stop, "
            "police have charged Cal Renner, 58, with kidnapping and sexual assault.",
            [(None, "injured")],
        ),
        # and unharmed when the report says so
        (
            "A 40-year-old woman was grabbed from behind on Elm Street but broke free and was "
            "not hurt. Cal Renner, 30, was arrested.",
            [(None, "unharmed")],
        ),
    ],
)
def test_one_grabbed_is_taken(text: str, expected: list) -> None:
    assert outcomes_of(text) == expected


_TWO_INDICTMENTS = (
    "A grand jury on Tuesday returned two indictments against Dario Quist, 22. The first "
    "charges him with first-degree murder in the Feb. 5 shooting death of Ravi Mendel, 44. "
    "The second charges him with first-degree murder in the {date} death of Lonnie Freer, 30."
)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        # a day told without its year, months before the case's killing: another killing
        ("Oct. 19", [("Ravi Mendel", "killed")]),
        ("Oct. 19, 2023,", [("Ravi Mendel", "killed")]),
        # Near miss: weeks apart, they may be one incident told from two days
        ("Jan. 20", [("Lonnie Freer", "killed"), ("Ravi Mendel", "killed")]),
    ],
)
def test_a_day_written_before_a_death_dates_it(date: str, expected: list) -> None:
    """ "the Feb. 5 shooting death of" dates the harm as "the 2023 killing" does, though a
    charge is told in the same clause; a death dated long before it is another killing's."""
    assert outcomes_of(_TWO_INDICTMENTS.format(date=date)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police say he hid a GPS tracker under his ex-wife's car and followed her for weeks.",
            [(None, "unharmed")],
        ),
        ("He slashed his estranged wife's tires and threatened her.", [(None, "unharmed")]),
        ("He broke into his girlfriend's apartment and stabbed her.", [(None, "injured")]),
        # Near misses: following her inside is no stalking; a pronoun of the other sex is
        # someone else
        ("He drove his mother's car to the bank and followed her inside.", []),
        ("He took his wife's keys and threatened him.", []),
    ],
)
def test_one_whose_things_were_harmed_then_pursued_by_a_pronoun(text: str, expected: list) -> None:
    assert outcomes_of(text + " Cal Renner, 38, was arrested Monday.") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 23-year-old man was airlifted to a trauma center after a shooting on Elm Street.",
            [(None, "injured")],
        ),
        ("A teenager was left with life-threatening injuries.", [(None, "injured")]),
        ("A woman was treated at the scene for minor injuries.", [(None, "injured")]),
        ("A store clerk was pistol-whipped during the robbery.", [(None, "injured")]),
        ("A Dayton mother of two was killed Saturday.", [(None, "killed")]),
        ("The 58-year-old victim remains in a coma.", [(None, "injured")]),
        ("Two women were assaulted on Elm Street.", [(None, "injured")] * 2),
        ("He threatened a cashier with a knife and fled with $200.", [(None, "unharmed")]),
        ("He was jailed for glassing a man in a pub.", [(None, "injured")]),
        # Near miss: taken to jail is no harm
        ("A 23-year-old man was taken to the county jail.", []),
    ],
)
def test_more_wordings_of_harm_told_of_one_described(text: str, expected: list) -> None:
    assert outcomes_of(text + " Cal Renner, 38, was charged.") == expected


def suspects_named(text: str) -> list[str | None]:
    return sorted(
        (f.fields["name"] for f in extract_facts(text, PUBLISHED) if f.kind == "SuspectIdentified"),
        key=str,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The suspect in the killing of Ann Lee, 41, Cal Renner, 30, was taken into custody Friday.",
        "The man charged in the death of Ann Lee, Cal Renner, 30, appeared in court Monday.",
        "The man accused of killing Ann Lee, Cal Renner, 30, appeared in court Monday.",
    ],
)
def test_a_name_after_the_victim_s_without_and_is_set_beside_the_subject(text: str) -> None:
    """Names joined by commas alone make a list only when "and" closes it: the second name
    here is the subject's, the one accused, not a second dead."""
    assert outcomes_of(text) == [("Ann Lee", "killed")]
    assert suspects_named(text) == ["Cal Renner"]


@pytest.mark.parametrize(
    "text",
    [
        "Police are investigating the killings of Ann Lee, 41, Cy Hall, 30, and Eva Moss, 22.",
        "Police are investigating the killings of Ann Lee in May, Cy Hall in June and Eva Moss.",
    ],
)
def test_a_list_closed_by_and_names_each_dead(text: str) -> None:
    assert outcomes_of(text) == [
        ("Ann Lee", "killed"),
        ("Cy Hall", "killed"),
        ("Eva Moss", "killed"),
    ]


_IDENTIFIED_AS_THE_DOER = [
    "Police have identified Cal Renner, 30, as the man who fatally stabbed Ann Lee, 41, on Sunday.",
    "Police identified the man who fatally stabbed Ann Lee, 41, on Sunday as Cal Renner, 30.",
    "Ann Lee, 41, was fatally stabbed Sunday. Police identified Cal Renner, 30, as the man who "
    "stabbed her.",
]


@pytest.mark.parametrize("text", _IDENTIFIED_AS_THE_DOER)
def test_one_identified_as_the_man_who_did_it_is_the_suspect(text: str) -> None:
    assert suspects_named(text) == ["Cal Renner"]
    assert outcomes_of(text) == [("Ann Lee", "killed")]


@pytest.mark.parametrize(
    "text",
    [
        # Near miss: the man who died is the one harmed
        "Police identified the man who died as Cal Renner, 30.",
    ],
)
def test_one_identified_as_the_man_who_died_is_no_suspect(text: str) -> None:
    assert suspects_named(text) == []


@pytest.mark.parametrize("text", _IDENTIFIED_AS_THE_DOER)
def test_one_identified_as_the_man_who_did_it_is_linked_to_the_killing(text: str) -> None:
    """Before any charge, the one the police name as who did the killing is its suspect."""
    assert [person for person, _ in links_of(text)] == ["Cal Renner"]


@pytest.mark.parametrize(
    "text",
    [
        "The suspect in the killing of Ann Lee, 41, Cal Renner, 30, was taken into custody Friday.",
        "The suspect in the killing of Ann Lee, Cal Renner, 30, was arrested on Friday.",
    ],
)
def test_the_suspect_named_after_the_dead_is_linked(text: str) -> None:
    """The name set beside the subject after the dead's is the suspect the statement is of."""
    assert links_of(text) == [("Cal Renner", "Ann Lee")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # British and Irish court wordings of a death and of grave harm
        ("Cal Renner, 30, was found guilty of the manslaughter of Ann Lee, 41.", "killed"),
        ("Ann Lee, 41, was left fighting for her life after the attack.", "injured"),
        ("Ann Lee, 41, was found unconscious in her flat after the attack.", "injured"),
    ],
)
def test_court_report_wordings_of_death_and_grave_harm(sentence: str, expected: str) -> None:
    assert outcomes_of(sentence + " Cal Renner, 30, was charged.") == [("Ann Lee", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British, Irish and Australian police wordings
        ("A woman in her 20s was treated by paramedics for facial injuries.", (None, "injured")),
        ("Police were called to reports a man had been stabbed.", (None, "injured")),
        ("A teenage boy has died after being stabbed in a park.", (None, "killed")),
        ("Police were called after a woman, 45, was found with serious injuries.", (45, "injured")),
        ("A woman, aged 34, was taken to hospital.", (34, "injured")),
    ],
)
def test_commonwealth_police_wordings_of_harm(text: str, expected: tuple) -> None:
    found = [
        (f.fields["age"], f.fields["outcome"])
        for f in extract_facts(text + " Cal Renner, 30, was charged.", PUBLISHED)
        if f.kind == "VictimReported"
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He held his ex-girlfriend at knifepoint for three hours.", [(None, "unharmed")]),
        ("He took a store clerk hostage during the robbery.", [(None, "unharmed")]),
        # taken, and hurt in a case of sexual assault
        ("He held a woman hostage and sexually assaulted her.", [(None, "injured")]),
    ],
)
def test_one_held_against_her_will_is_a_victim(text: str, expected: list) -> None:
    assert outcomes_of(text + " Cal Renner, 30, was arrested.") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the name set beside the relation harm is said of
        (
            "Cal Renner, 30, is accused of threatening his neighbor, Ann Lee, with a machete.",
            "unharmed",
        ),
        ("Cal Renner, 30, is accused of stalking his former girlfriend, Ann Lee, 27.", "unharmed"),
        ("Ann Lee, 27, was carjacked at gunpoint on Elm Street.", "unharmed"),
        (
            "Cal Renner, 30, was charged after shooting at Ann Lee, 27. She was not struck.",
            "unharmed",
        ),
        ("Cal Renner, 30, is accused of poisoning his wife, Ann Lee, 45.", "injured"),
    ],
)
def test_named_targets_of_threats_stalking_and_poison(sentence: str, expected: str) -> None:
    assert outcomes_of(sentence + " Cal Renner was arrested.") == [("Ann Lee", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A deputy was taken to a hospital; the suspect was arrested.", [(None, "injured")]),
        # Near misses: taken to a hospital in custody is the suspect's care, no harm told
        ("A 30-year-old man was arrested and taken to a hospital for evaluation.", []),
        (
            "A 30-year-old man was taken to a hospital for evaluation before being booked into "
            "jail on assault charges.",
            [],
        ),
    ],
)
def test_taken_to_a_hospital_in_custody_is_no_harm(text: str, expected: list) -> None:
    assert outcomes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A family of four escaped unharmed.", [(None, "unharmed")] * 4),
        ("Two men were shot at outside a bar.", [(None, "unharmed")] * 2),
        ("Two men were shot outside a bar.", [(None, "injured")] * 2),
        # Near miss: shot at a place, where they were
        ("Two men were shot at a park on Friday.", [(None, "injured")] * 2),
    ],
)
def test_a_household_counted_and_a_group_shot_at(text: str, expected: list) -> None:
    assert outcomes_of(text + " Cal Renner, 19, was arrested.") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 62-year-old woman was knocked to the ground and her purse was taken.",
            [(62, "injured")],
        ),
        ("A clerk was held at gunpoint while the man emptied the register.", [(None, "unharmed")]),
        ("A man walking his dog was attacked on Elm Street.", [(None, "injured")]),
        (
            "The victim, whose name was not released, was pronounced dead at the scene.",
            [(None, "killed")],
        ),
        ("A good Samaritan who tried to help was also injured.", [(None, "injured")]),
        (
            "Two store employees were tied up during the robbery but were not hurt.",
            [(None, "unharmed")] * 2,
        ),
        # the clause going on to the death
        (
            "A 17-year-old boy was found suffering from a gunshot wound and later died at a hospital.",
            [(17, "killed")],
        ),
        (
            "A man was found with a gunshot wound to the head and died at the scene.",
            [(None, "killed")],
        ),
    ],
)
def test_more_harm_told_of_one_described_and_the_death_after(text: str, expected: list) -> None:
    found = [
        (f.fields["age"], f.fields["outcome"])
        for f in extract_facts(text + " Cal Renner, 19, was arrested.", PUBLISHED)
        if f.kind == "VictimReported"
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The outcome told after the one harmed, past his description.
        ("Police say Cal Brandt stabbed a man to death.", [(None, None, "killed")]),
        (
            "Police say Cal Brandt beat a mother of two to death with a hammer.",
            [(None, None, "killed")],
        ),
        ("Police say Cal Brandt shot a store clerk dead.", [(None, None, "killed")]),
        # Near miss: a wound with nothing after it.
        ("Police say Cal Brandt stabbed a man in the arm.", [(None, None, "injured")]),
    ],
)
def test_to_death_after_the_one_harmed(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A thing taken from someone makes an unharmed target.
        ("Cal Brandt, 31, stole a purse from a woman, police said.", [(None, None, "unharmed")]),
        (
            "Cal Brandt, 31, took a car from a woman at gunpoint, police said.",
            [(None, None, "unharmed")],
        ),
        # ... and so does money taken: a fraud's or theft's victim is unharmed.
        (
            "Cal Brandt, 31, stole $40,000 from an elderly woman, police said.",
            [(None, None, "unharmed")],
        ),
    ],
)
def test_a_thing_taken_from_someone(text: str, expected: list) -> None:
    assert victims_of(text) == expected


_MISSING = (
    "Deputies arrested Colm Varner, 58, on Monday in connection with the 2001 killing of a "
    "nursing student. Odile Pranger was last seen leaving a diner on Route 9 in May 2001. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Her body was found" right after the sentence that named her: she was killed, and
        # the pronoun chain goes on to the sentence after it.
        (
            _MISSING + "Her body was found three days later in a quarry.",
            [("Odile Pranger", "killed")],
        ),
        (
            _MISSING + "Her remains were discovered by hikers in 2003. She had been strangled.",
            [("Odile Pranger", "killed")],
        ),
        # the pronoun chain goes on past the body found
        (
            "Deputies arrested Colm Varner, 58, on Monday. Odile Pranger was last seen leaving a "
            "diner. Her body was found in a quarry. She had been shot.",
            [("Odile Pranger", "killed")],
        ),
        (
            "Deputies arrested Colm Varner, 58, on Monday. Anton Bellweather was last seen at a "
            "bus depot in 1999. His body was recovered from a river a week later.",
            [("Anton Bellweather", "killed")],
        ),
        # Near misses: a body found told of no one named the sentence before, or the body of
        # a thing.
        (
            _MISSING + "Police searched the area for weeks. Her body was found in a quarry.",
            [(None, "killed")],
        ),
        (
            "Deputies arrested Colm Varner, 58, on Monday. Odile Pranger was last seen at a bus "
            "depot. Her body camera was found in a locker.",
            [],
        ),
    ],
)
def test_a_body_found_told_by_a_pronoun_is_a_death(text: str, expected: list) -> None:
    assert outcomes_of(text) == expected
