"""Co-suspects a report counts as a group without naming each, beside the ones it names or
alone: how many there are and the ages the group is told with, and the groups that stay out
(a group the report's names may be, co-defendants told by their number alone, a group told
as harmed). Every sentence here is written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from casefile.extraction import extract_facts
from tests.extraction.reading import PUBLISHED, suspects_of


def _unnamed(text: str) -> list[int | None]:
    return sorted(
        (age for (name, age), n in suspects_of(text).items() if name is None for _ in range(n)),
        key=lambda a: -1 if a is None else a,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bo Tran, 19, was charged with robbery. Three teenagers, ages 14, 15 and 16, were also "
         "arrested.", [14, 15, 16]),
        ("Bo Tran, 19, was charged with robbery. A 14-year-old, a 15-year-old and a 16-year-old "
         "were also charged.", [14, 15, 16]),
        ("Bo Tran, 19, was charged with robbery. Two boys, 15 and 16, and a 14-year-old girl were "
         "also charged.", [14, 15, 16]),
        ("Police arrested Bo Tran, 19, and three 16-year-olds.", [16, 16, 16]),
        ("Bo Tran, 19, was charged with robbery. Police also arrested three others, whose names "
         "have not been released.", [None, None, None]),
        ("Bo Tran, 19, and three others, all minors, were arrested.", [None, None, None]),
        ("Bo Tran, 19, was charged with robbery. Three others remain at large.",
         [None, None, None]),
        ("Bo Tran, 19, was charged with murder. Three teens, ages 15, 16 and 17, face the same "
         "charge in juvenile court.", [15, 16, 17]),
        ("Bo Tran, 19, was charged with robbery. Three juvenile males were also taken into "
         "custody.", [None, None, None]),
        ("Bo Tran, 19, was charged with robbery. Three boys, ages 13 to 15, were referred to "
         "juvenile court.", [None, None, None]),
        ("Four teens were arrested in the carjacking. Police identified one of them as Bo Tran, "
         "18. The other three are juveniles and were not named.", [None, None, None]),
        ("Four teens were arrested in the carjacking. Bo Tran, 18, was charged as an adult. The "
         "others, ages 14, 15 and 16, were charged as juveniles.", [14, 15, 16]),
    ],
)  # fmt: skip
def test_a_group_beside_the_named(text: str, expected: list) -> None:
    assert _unnamed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Co-defendants told by their number alone are not followed.
        "Bo Tran, 19, and five others were accused of conspiring to sell cocaine.",
        "Natalie Ruiz was charged last month. Two more people have been charged in the fire.",
        # The group may be the people the report names.
        "Three men were arrested. Bo Tran, 19, Cal Ng, 20, and Ed Ruiz, 22, are charged with "
        "robbery.",
    ],
)
def test_groups_that_stay_out(text: str) -> None:
    assert _unnamed(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men and a woman were arrested in the robbery.", [None, None, None]),
        ("A man, a woman and a 17-year-old were arrested in the robbery.", [None, None, 17]),
        ("A 16-year-old and two 17-year-olds were arrested.", [16, 17, 17]),
        ("Three juveniles, two 15-year-olds and a 16-year-old, were charged.", [15, 15, 16]),
        ("Deputies arrested three people: a 45-year-old man, a 39-year-old woman and a "
         "17-year-old boy.", [17, 39, 45]),
        ("Police arrested two men and are searching for a third.", [None, None, None]),
        ("Two men were arrested Friday. A third suspect remains at large.", [None, None, None]),
        ("Officers are searching for two men and a woman who robbed a store.",
         [None, None, None]),
        ("Three persons of interest have been identified in the killing.", [None, None, None]),
        ("Investigators are seeking three men seen on surveillance video.", [None, None, None]),
        ("The trio was arrested Monday after the robbery.", [None, None, None]),
        ("Three teenagers are facing charges after a carjacking.", [None, None, None]),
        ("Three suspects remain at large after the robbery.", [None, None, None]),
        ("The three suspects were booked into the county jail.", [None, None, None]),
        ("A 17-year-old was arrested Tuesday. Police said two other teens are also suspects.",
         [None, None, 17]),
        # Who the two juveniles are, not two more.
        ("Police arrested two juveniles, a 14-year-old boy and a 15-year-old girl.", [14, 15]),
    ],
)  # fmt: skip
def test_a_group_in_a_report_that_names_no_one(text: str, expected: list) -> None:
    assert _unnamed(text) == expected


def test_a_group_told_as_harmed_is_no_suspect() -> None:
    text = "Two men and a woman were shot outside a bar. Bo Tran, 30, was charged with assault."
    assert suspects_of(text) == Counter({("Bo Tran", 30): 1})


@pytest.mark.parametrize(
    "text",
    [
        "Police are asking the public for help identifying three suspects.",
        "Police need help finding three men who robbed a store.",
        "Crime Stoppers is offering a reward for information leading to the arrest of three "
        "suspects.",
        "Police are trying to identify three men seen leaving the store.",
        "Police are searching for the three men who robbed the store.",
        "Police are looking for three teens who were seen running from the scene.",
    ],
)
def test_a_group_the_police_seek(text: str) -> None:
    assert _unnamed(text) == [None, None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot and wounded Sunday. Police said there were three suspects.", 3),
        ("A woman was carjacked by three suspects Sunday night, police said.", 3),
        ("Two men were shot outside a bar. Police say three gunmen got out of an SUV and opened "
         "fire.", 3),
        ("A man was shot during a robbery. The first suspect is described as a man in his 20s "
         "wearing a red hoodie. The second suspect wore a black jacket. The third suspect was "
         "wearing a white T-shirt.", 3),
        ("A man was shot during a robbery Sunday.\nSuspect 1: Black male, 20s, red hoodie.\n"
         "Suspect 2: Black male, 30s, black jacket.", 2),
        ("A man was shot during a robbery. One suspect was wearing a red hoodie, another wore a "
         "black jacket, and a third had a white T-shirt.", 3),
        ("3 arrested in fatal shooting of Kessler teen", 3),
        ("Three charged in deadly home invasion", 3),
        ("Three corrections officers were charged in the death of an inmate.", 3),
        ("Three employees of the nursing home were charged with abuse.", 3),
        ("A 4-year-old boy was found starving. His mother, stepfather and grandmother were "
         "arrested.", 3),
        ("The girl's parents were charged with neglect.", 2),
        ("The couple was arrested Tuesday.", 2),
        ("Three adults and a juvenile were arrested.", 4),
        ("Police took three people into custody.", 3),
        ("Officers said three males fled the scene in a black sedan.", 3),
        ("Three subjects were detained after a foot chase.", 3),
        ("Three men, aged 19, 22 and 25, remain in police custody.", 3),
        # The time of the case told as earlier in the day is no earlier matter.
        ("A man was shot outside a bar. Three men were arrested earlier Sunday.", 3),
    ],
)  # fmt: skip
def test_how_many_a_report_that_names_no_one_counts(text: str, expected: int) -> None:
    assert len(_unnamed(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Whom the report calls no suspects, and does not say are sought.
        "A man was robbed at gunpoint Sunday by three men who fled in a car, police said.",
        # Officers counted by what they did.
        "Three officers shot a man who pointed a rifle at them.",
    ],
)
def test_counted_people_who_are_not_suspects(text: str) -> None:
    assert _unnamed(text) == []


def test_a_second_man_charged_in_a_lede_is_the_one_named_next() -> None:
    text = (
        "A second man was charged Tuesday with murder in the shooting of a deputy earlier this "
        "month. A grand jury indicted Alder Ruiz Soto, 25, on a murder charge. The grand jury "
        "also indicted his brother, Arturo Ruiz Soto, 29."
    )
    assert suspects_of(text) == Counter({("Alder Ruiz Soto", 25): 1, ("Arturo Ruiz Soto", 29): 1})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was stabbed Sunday. Detectives want to identify three men seen in surveillance "
         "footage.", 3),
        ("A man was killed Sunday. Investigators have identified three persons of interest.", 3),
        # Those a report identifies as killed are no suspects, nor a group told in the passive.
        ("The medical examiner identified three men killed in the crash.", 0),
        ("Police said three people shot at a party were taken to a hospital.", 0),
    ],
)  # fmt: skip
def test_a_group_identified_or_sought(text: str, expected: int) -> None:
    assert len(_unnamed(text)) == expected


@pytest.mark.parametrize(
    ("text", "arrests", "charges"),
    [
        # A group the report never names: each one's arrest and charge, however it is told.
        ("Two teens were arrested and charged with robbery on Sunday.", 2, 2),
        (
            "Police arrested two men, ages 19 and 22, on Sunday. They face charges of "
            "aggravated assault.",
            2,
            2,
        ),
        (
            "A 16-year-old boy and a 17-year-old girl were detained near the store. Both are "
            "charged with burglary.",
            2,
            2,
        ),
        # Near miss: one unnamed suspect is one arrest and one charge.
        ("A 16-year-old boy was detained near the store and charged with burglary.", 1, 1),
    ],
)
def test_each_of_an_unnamed_group_is_arrested_and_charged(
    text: str, arrests: int, charges: int
) -> None:
    found = Counter(f.kind for f in extract_facts(text, PUBLISHED))
    assert (found["ArrestMade"], found["ChargeFiled"]) == (arrests, charges)
