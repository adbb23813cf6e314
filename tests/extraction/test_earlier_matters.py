"""Earlier matters told by their time (extraction/earlier.py): a plea, a conviction, a
sentence, an arrest or a bond the story dates before its incident is no fact of the case."""

from __future__ import annotations

import datetime

import pytest

from casefile.extraction.dates import dates_in
from casefile.extraction.earlier import counts_on, dated_events
from casefile.extraction.told_times import times_in
from tests.extraction.reading import PUBLISHED, arrests_of, bonds_of, court_of, facts_of

LEAD = (
    "Ann Lee, 30, was shot and killed Saturday on Elm Street. "
    "Bo Tran, 25, was arrested Monday and charged with murder. "
)


def charges(text: str) -> set[tuple[str, str]]:
    return {(f["charge"], f["status"]) for f in facts_of("ChargeFiled", text)}


def terms(text: str) -> set[tuple[str, float | None]]:
    return {(f["kind"], f["years"]) for f in facts_of("SentenceImposed", text)}


@pytest.mark.parametrize(
    "record",
    [
        "In 2015 Tran pleaded guilty to robbery and served four years in prison.",
        "Tran was convicted of robbery in 2019 and was sentenced to two years in prison.",
        "In 2011, Tran was convicted of burglary. Six years later he pleaded guilty to robbery "
        "and was sentenced to five years in prison.",
        "Tran pleaded guilty to robbery in March 2020 and was given three years of probation.",
        "Two years ago, Tran pleaded guilty to robbery and received a five-year term.",
    ],
)
def test_a_record_told_by_its_year_gives_no_charge_plea_or_sentence(record: str) -> None:
    text = LEAD + record
    assert charges(text) == {("murder", "filed")}
    assert terms(text) == set()
    assert {kind for _, kind, _ in court_of(text)} <= {"appearance", "arraignment"}


@pytest.mark.parametrize(
    "record",
    [
        "Tran was arrested in January on a theft charge and released on a $2,500 bond.",
        "In 2022, Tran was charged with theft and posted a $2,500 bond.",
    ],
)
def test_a_bond_of_an_earlier_arrest_is_not_this_cases(record: str) -> None:
    text = LEAD + record + " He is held on $1 million bond."
    assert bonds_of(text) == {("Bo Tran", 1000000, "set")}
    assert ("theft", "filed") not in charges(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Events after the incident are the case's, however coarse their time.
        (
            "Ann Lee was shot and killed on Jan. 3. Bo Tran was arrested in February and "
            "charged with murder.",
            {("murder", "filed")},
        ),
        (
            "Bo Tran was sentenced Thursday to 20 years in prison. Ann Lee was stabbed to death "
            "in 2019. Tran pleaded guilty in 2022 to manslaughter.",
            {("manslaughter", "convicted")},
        ),
        # A time told with the plea as well as the harm dates the plea: no incident is known,
        # so nothing is put before it.
        (
            "Bo Tran pleaded guilty Friday to manslaughter in the death of Ann Lee. In 2023 he "
            "was charged with assault.",
            {("manslaughter", "convicted"), ("assault", "filed")},
        ),
    ],
)
def test_legal_events_after_the_incident_stay(text: str, expected: set[tuple[str, str]]) -> None:
    assert charges(text) == expected


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Ann Lee was shot Saturday near the park.", ["harm"]),
        ("In 2015 he pleaded guilty to robbery.", ["legal"]),
        ("She was killed in the 2019 shooting.", ["harm"]),
        ("He was on parole for a 2012 manslaughter conviction.", ["legal"]),
        ("He was arrested in June and released a day later.", ["legal"]),
        # A time with no event beside it dates nothing.
        ("The store opened in 2015.", []),
    ],
)
def test_a_time_dates_the_event_word_it_belongs_to(sentence: str, kinds: list[str]) -> None:
    times = times_in(sentence, dates_in(sentence, PUBLISHED), PUBLISHED)
    assert [kind for _, kind, _ in dated_events(sentence, times)] == kinds


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("It happened in 2015.", datetime.date(2015, 1, 1), datetime.date(2015, 12, 31)),
        ("He was arrested in June.", datetime.date(2023, 6, 1), datetime.date(2023, 6, 30)),
        ("He was arrested in February.", datetime.date(2024, 2, 1), datetime.date(2024, 2, 29)),
        ("It happened last year.", datetime.date(2023, 1, 1), datetime.date(2023, 12, 31)),
        ("It happened three years ago.", datetime.date(2021, 1, 1), datetime.date(2021, 12, 31)),
        ("It happened last summer.", datetime.date(2023, 6, 1), datetime.date(2023, 8, 31)),
        ("It happened last winter.", datetime.date(2023, 12, 1), datetime.date(2024, 2, 29)),
    ],
)
def test_coarse_times_span_their_days(
    sentence: str, first: datetime.date, last: datetime.date
) -> None:
    (time,) = times_in(sentence, dates_in(sentence, PUBLISHED), PUBLISHED)
    assert (time.first, time.last) == (first, last)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Six years later he pleaded guilty.", True),
        ("The following year, he was arrested again.", True),
        ("He was arrested six years later.", False),
        ("Later, police arrested him.", False),
    ],
)
def test_a_sentence_counting_on_from_the_one_before(sentence: str, expected: bool) -> None:
    assert counts_on(sentence) is expected


@pytest.mark.parametrize(
    "record",
    [
        "Tran's brother, Ken Tran, was sentenced to 20 years in 2020 for a carjacking.",
        "In 2019, his cousin Al Roe pleaded guilty to robbery and was sentenced to five years.",
    ],
)
def test_someone_elses_earlier_case_makes_no_suspect(record: str) -> None:
    text = LEAD + record
    assert {f["name"] for f in facts_of("SuspectIdentified", text)} == {"Bo Tran"}


def test_a_suspect_named_first_in_his_record_is_still_the_cases() -> None:
    text = (
        "Ann Lee, 30, was shot and killed Saturday on Elm Street. In 2015 Bo Tran pleaded "
        "guilty to robbery. Tran, 25, was arrested Monday and charged with murder."
    )
    assert {f["name"] for f in facts_of("SuspectIdentified", text)} == {"Bo Tran"}
    assert charges(text) == {("murder", "filed")}


@pytest.mark.parametrize(
    "background",
    [
        "The house was the scene of a fatal fire in 2015 that killed three children.",
        "A vigil Sunday was also held for Al Roe, a 15-year-old killed in a drive-by last summer.",
    ],
)
def test_harm_told_of_an_old_incident_gives_no_victim(background: str) -> None:
    victims = [(v["name"], v["outcome"]) for v in facts_of("VictimReported", LEAD + background)]
    assert victims == [("Ann Lee", "killed")]


@pytest.mark.parametrize(
    "record",
    [
        # a record as British courts tell it
        "The court heard Tran had a previous conviction for affray, for which he was fined.",
        "Tran has previous convictions for theft and criminal damage.",
        "Tran had a previous arrest for burglary.",
    ],
)
def test_a_previous_conviction_is_an_earlier_matter(record: str) -> None:
    assert charges(LEAD + record) == {("murder", "filed")}


@pytest.mark.parametrize(
    "record",
    [
        # the charge of the earlier matter, referred back to by "that charge"
        "In 2021, Tran was arrested on a charge of assault. That charge was later withdrawn.",
        "Tran was arrested in June 2022 on charges of theft. Those charges were dismissed.",
        # a charge told with another person harmed is another matter's
        "Court records show Tran was also charged with assault involving a different woman.",
    ],
)
def test_an_outcome_of_an_earlier_matter_leaves_the_cases_charge(record: str) -> None:
    assert charges(LEAD + record) == {("murder", "filed")}


def test_that_charge_after_the_cases_charge_is_the_cases() -> None:
    assert charges(LEAD + "That charge was later dropped.") == {("murder", "dropped")}


@pytest.mark.parametrize("day", ["the Feb. 3", "the March 2"])
def test_a_date_written_before_the_harm_dates_the_incident(day: str) -> None:
    text = (
        f"Bo Tran, 25, is charged with murder in {day} shooting death of Ann Lee. "
        "He was arrested on Aug. 14, 2021, after police found a pistol in his car; he later "
        "pleaded guilty to unlawful possession of a weapon."
    )
    assert charges(text) == {("murder", "filed")}


@pytest.mark.parametrize(
    "record",
    [
        "In 2019, Tran was convicted of robbery.",
        "In 2018 Tran was convicted of robbery and assault.",
        "Tran was convicted of robbery in 2019.",
    ],
)
def test_a_record_told_by_its_year_when_the_crime_is_not_dated(record: str) -> None:
    # The crime has no date of its own: the year two or more before the report still tells
    # a record, opening the sentence or not.
    text = "Bo Tran, 25, was charged with murder in the death of Ann Lee. " + record
    assert charges(text) == {("murder", "filed")}


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # No event word before the time in its clause: it dates the harm told after it.
        (
            "Deputies were called to a gas station about 10 p.m. Friday, March 8, after a "
            "woman said two men pointed a gun at her and took her car.",
            ["harm"],
        ),
        ("Officers went to the park on Sunday and found a man shot in the leg.", ["harm"]),
        # Near misses: a later time in the harm's clause dates it; a legal word comes first;
        # a year naming a thing dates nothing.
        ("Bo Tran, who moved to the city in 2019, was shot Saturday.", ["harm"]),
        ("Officers went to the home Monday and arrested him in the shooting.", []),
        ("She drove her 2018 Honda to the store.", []),
    ],
)
def test_a_time_dates_the_harm_told_after_it(sentence: str, kinds: list[str]) -> None:
    times = times_in(sentence, dates_in(sentence, PUBLISHED), PUBLISHED)
    assert [kind for _, kind, _ in dated_events(sentence, times)] == kinds


@pytest.mark.parametrize(
    ("record", "prior"),
    [
        ("Tran was arrested in January on a charge of theft, jail records show.", True),
        # Near miss: an arrest after the harm is this case's.
        ("Tran was arrested in March on a charge of theft, jail records show.", False),
    ],
)
def test_an_arrest_dated_before_harm_told_after_its_date(record: str, prior: bool) -> None:
    text = (
        "Deputies were called to a gas station about 10 p.m. Friday, March 8, after a woman "
        "said two men pointed a gun at her and took her 2018 Honda Civic. "
        "Police are searching for Bo Tran, 19, who has a warrant for aggravated robbery. " + record
    )
    assert arrests_of(text) == {("Bo Tran", None, prior)}
    assert (("theft", "filed") in charges(text)) is not prior


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # A legal noun dated by month and year, with no preposition, before the harm.
        ("He is also before the courts over an October 2023 arrest for theft.", {True}),
        ("He was on parole after a June 2022 arrest for burglary.", {True}),
        # Near misses: a month alone before the noun is no time; one after the harm is the
        # case's (and a month with its year before another word is none either).
        ("He is also before the courts over an October arrest for theft.", set()),
        ("He faces a May 2024 trial.", set()),
    ],
)
def test_an_arrest_named_by_its_month_and_year(record: str, expected: set[bool]) -> None:
    text = "Ann Lee, 30, was shot Feb. 2, 2024, on Elm Street. Bo Tran, 25, is wanted. " + record
    assert {prior for person, _, prior in arrests_of(text) if person == "Bo Tran"} == expected


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("He was held after an October 2023 arrest.", 1),
        ("He was held after a March 2022 conviction.", 1),
        # Near miss: a month and year before a word no legal event has no preposition to
        # make it a time ("the May 2023 report" stays unread).
        ("He read the May 2023 report.", 0),
    ],
)
def test_a_month_and_year_before_a_legal_noun_is_a_time(sentence: str, count: int) -> None:
    assert len(times_in(sentence, dates_in(sentence, PUBLISHED), PUBLISHED)) == count


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("He is detained under Section 4 of the Criminal Justice Act 1984.", 0),
        ("He was charged under the Firearms Order 2004.", 0),
        # Near misses: a year after other words is a time.
        ("He was detained in 1984.", 1),
        ("He was charged with an act of violence in 2004.", 1),
    ],
)
def test_a_year_ending_a_laws_name_is_no_time(sentence: str, count: int) -> None:
    assert len(times_in(sentence, dates_in(sentence, PUBLISHED), PUBLISHED)) == count


def test_an_arrest_held_under_a_law_named_by_its_year_is_the_cases() -> None:
    text = (
        "A woman was assaulted at her home on Sunday night. Bo Tran, 41, was arrested a short "
        "time later and is being detained under Section 4 of the Criminal Justice Act 1984."
    )
    assert arrests_of(text) == {("Bo Tran", None, False)}
