"""Custody as reports of every country word it: held on suspicion, gardaí detaining, given
oneself up, an unnamed co-suspect beside a named one, earlier arrests, and custody words
that tell none (a protection order, a sentence told short, a paper or a thing). On sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in, facts_of


def _arrests(text: str) -> list[tuple[str | None, bool]]:
    return sorted(((f["person"], f["prior"]) for f in facts_of("ArrestMade", text)), key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "They" after a sentence naming several suspects: every one of them.
        (
            "Police said Ona Brill, 31, Teo Marchetti, 28, and Wes Okafor, 26, attacked the "
            "driver. They were booked into the county jail.",
            [("Ona Brill", False), ("Teo Marchetti", False), ("Wes Okafor", False)],
        ),
        (
            "Ona Brill, 31, and Teo Marchetti, 28, were seen fleeing, police said. They were "
            "arrested Monday and charged with robbery.",
            [("Ona Brill", False), ("Teo Marchetti", False)],
        ),
        # Near miss: "They" after a sentence naming one suspect is not a group of suspects.
        (
            "Ona Brill, 31, was charged with robbery. They were booked into the county jail.",
            [("Ona Brill", False)],
        ),
    ],
)
def test_they_after_several_named(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An age joined by "and" to the name in custody: a co-suspect the report does not name.
        (
            "Reid Monk, 29, and a 17-year-old male juvenile were taken into custody without "
            "incident on Monday.",
            [("Reid Monk", False), (None, False)],
        ),
        (
            "Ann Lowry, 30, Reid Monk, 22, and a 19-year-old woman were arrested Monday.",
            [("Ann Lowry", False), ("Reid Monk", False), (None, False)],
        ),
        # A minor told by his age beside the adult the report names.
        (
            "Reid Monk, 29, was charged with murder. The 17-year-old arrested alongside Monk "
            "remains in juvenile detention.",
            [("Reid Monk", False), (None, False)],
        ),
        (
            "Reid Monk, 29, was charged with murder. The 15-year-old arrested Monday is a "
            "cousin of Reid Monk.",
            [(None, False)],
        ),
        # A description without an age, joined to a name, and the object of custody.
        (
            "Reid Monk, 22, and a juvenile were arrested Monday.",
            [("Reid Monk", False), (None, False)],
        ),
        (
            "Police arrested Reid Monk, 22, and a 16-year-old boy on Monday.",
            [("Reid Monk", False), (None, False)],
        ),
        # Described by an age none of the named suspects has: someone else, unnamed.
        (
            "Reid Monk, 41, was charged with murder. A 38-year-old woman arrested on suspicion "
            "of assisting an offender has been released on bail.",
            [(None, False)],
        ),
        # Near miss: "and a woman" opening a clause of its own.
        (
            "Police arrested Reid Monk, 22, and a woman was hurt in the struggle.",
            [("Reid Monk", False)],
        ),
        # Near misses: the age of the one the report names is his, and a described suspect
        # the report never names beside another is its one suspect.
        (
            "A 29-year-old man was arrested in the stabbing. Reid Monk, 29, is held in the "
            "county jail.",
            [("Reid Monk", False)],
        ),
        (
            "Police went to a home on Birch Road, where a 29-year-old man was arrested. He "
            "was taken to the police station.",
            [(None, False)],
        ),
    ],
)
def test_an_unnamed_co_suspect_in_custody(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An apprehended violence order is a protection order, no custody.
        ("Reid Monk, 29, is charged with contravening an apprehended violence order.", []),
        # Near miss: apprehended, then charged with breaching one.
        (
            "Reid Monk, 29, was apprehended on Monday and charged with breaching an apprehended "
            "domestic violence order.",
            [("Reid Monk", False)],
        ),
    ],
)
def test_an_apprehended_violence_order_is_no_custody(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two custodies of one person more than a year apart: the earlier is a record.
        (
            "Reid Monk, 29, is charged with murder. He has been held without bond since his "
            "arrest March 9. Court records show Monk was arrested on Aug. 14, 2022, after "
            "police found a loaded handgun in his car.",
            [("Reid Monk", False), ("Reid Monk", True)],
        ),
        (
            "Reid Monk, 29, was arrested on Aug. 14, 2022, after police found a handgun in his "
            "car. He was arrested on March 9, 2024, in the killing of a clerk.",
            [("Reid Monk", False), ("Reid Monk", True)],
        ),
        # Near miss: one custody told twice, days apart, is one arrest of the case.
        (
            "Reid Monk, 29, was arrested on March 9. He was booked into the county jail on "
            "March 10.",
            [("Reid Monk", False)],
        ),
    ],
)
def test_custodies_years_apart(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The pluperfect with an adverb tells a record, as it does without one.
        (
            "Reid Monk, 29, is charged with arson. He had also been arrested on May 19, 2003, "
            "for drunken driving.",
            [("Reid Monk", True)],
        ),
        # A charge of harm to someone other than the case's victim is an earlier matter.
        (
            "Reid Monk, 36, is charged with assault. Court records show Monk was arrested on "
            "Nov. 3, 2022, on a charge of assault involving a different woman.",
            [("Reid Monk", True)],
        ),
        # Near miss: the case's own victim.
        (
            "Reid Monk, 36, was arrested on March 3 on a charge of assault involving a woman "
            "he knew.",
            [("Reid Monk", False)],
        ),
    ],
)
def test_told_as_an_earlier_arrest(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare "jailed" in a lead is the term the report tells in full.
        (
            "A roofer who stabbed a neighbour has been jailed. Reid Monk, 29, admitted "
            "wounding. Monk was jailed for six years at Leeds Crown Court on Friday.",
            [],
        ),
        # ... also when the term is told in other words.
        (
            "A roofer who stabbed a neighbour has been jailed. Reid Monk, 29, was given an "
            "extended sentence of 13 years at Leeds Crown Court.",
            [],
        ),
        (
            "A roofer who stabbed a neighbour has been jailed. Reid Monk, 29, was sentenced to "
            "nine years in prison.",
            [],
        ),
        # (the court and the day told between "sentenced" and its term)
        (
            "A roofer who stabbed a neighbour has been jailed. Reid Monk, 29, was sentenced at "
            "Leeds Crown Court yesterday to two years and four months in prison.",
            [],
        ),
        # Near misses: jailed on a charge is custody, and so is a bare "jailed" in a report
        # that tells no term.
        (
            "Reid Monk, 29, was jailed Monday on an arson charge. He was later jailed for six "
            "years.",
            [("Reid Monk", False)],
        ),
        ("Reid Monk, 29, was jailed Monday. Police said he set the fire.", [("Reid Monk", False)]),
    ],
)
def test_jailed_as_a_sentence_told_short(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Giving oneself up is custody; giving up a thing as a condition of bail is not.
        (
            "Dara Quill, 30, was charged with burglary. He presented himself at a police "
            "station on Monday.",
            [("Dara Quill", False)],
        ),
        ("Dara Quill, 30, surrendered to police on Monday.", [("Dara Quill", False)]),
        (
            "Dara Quill, 30, was charged with burglary. He was granted bail after he "
            "surrendered his passport.",
            [],
        ),
    ],
)
def test_giving_oneself_up_not_a_thing(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British and Irish police wording of custody.
        (
            "A woman was found dead at a house in Kilmory. A 30-year-old man is being held on "
            "suspicion of murder.",
            [(None, False)],
        ),
        (
            "A woman was found dead at a house in Kilmory. Gardaí detained a man in his 30s at "
            "the scene.",
            [(None, False)],
        ),
        # Near miss: suspicion alone holds no one.
        (
            "A woman was found dead at a house in Kilmory. Police have not said whom they suspect.",
            [],
        ),
    ],
)
def test_custody_in_british_and_irish_wording(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Custody held since a day was taken that day.
        (
            "Dara Quill, 30, is charged with murder. He has been in custody since March 3.",
            {("Dara Quill", "2024-03-03", False)},
        ),
        # Near misses: a term served since a year, and someone missing since a day.
        (
            "Dara Quill, 30, is charged with murder. He has been in prison since 2019 on an "
            "unrelated conviction.",
            set(),
        ),
        ("Dara Quill, 30, is charged with murder. He has been missing since March 3.", set()),
        # The arrest the report dates is the one custody.
        (
            "Dara Quill, 30, was arrested March 1. He has been in custody since March 3.",
            {("Dara Quill", "2024-03-01", False)},
        ),
    ],
)
def test_custody_held_since_a_day(text: str, expected: set) -> None:
    found = {(f["person"], f["date"], f["prior"]) for f in facts_of("ArrestMade", text)}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A paper named for an arrest tells no custody.
        ("Dara Quill, 30, is charged with murder. His arrest record includes two burglaries.", []),
        ("Dara Quill, 30, is charged with murder. The arrest warrant was signed Friday.", []),
        ("Dara Quill, 30, is charged with murder. Police released his arrest affidavit.", []),
        # Near miss: the arrest itself.
        (
            "Dara Quill, 30, is charged with murder. Footage of his arrest was released.",
            [("Dara Quill", False)],
        ),
    ],
)
def test_a_paper_named_for_an_arrest(text: str, expected: list) -> None:
    assert _arrests(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Custody words said of a thing or of someone protected tell no arrest.
        (
            "Dara Quill, 30, is charged with child neglect. Her three children were taken into "
            "protective custody.",
            [],
        ),
        (
            "Dara Quill, 30, is charged with murder. Images captured by a neighbor's doorbell "
            "show a man running.",
            [],
        ),
        (
            "Dara Quill, 30, is charged with murder. Investigators took the car to the police "
            "station for processing.",
            [],
        ),
        # Near misses: the accused captured, or taken into custody.
        ("Dara Quill, 30, was captured Monday in Ohio.", [("Dara Quill", False)]),
        ("Dara Quill, 30, was taken into custody Monday.", [("Dara Quill", False)]),
    ],
)
def test_custody_of_a_thing_or_someone_protected(text: str, expected: list) -> None:
    assert _arrests(text) == expected


def test_taken_to_jail_by_name_and_age() -> None:
    # The one taken to jail named with his age, between commas.
    assert _arrests("Deputies took Dara Quill, 30, to the county jail.") == [("Dara Quill", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Custody only thought of, with an adverb before "be".
        (
            'Bo Tran, 20, is charged with murder. "I didn\'t think he would ever be arrested," '
            "the victim's sister said.",
            [],
        ),
        ("Bo Tran, 20, is charged with murder. Police said he may soon be arrested.", []),
        # Near miss: custody taken, and a court date to come.
        (
            "Bo Tran, 20, was arrested Monday and will be arraigned Friday.",
            [("Bo Tran", False)],
        ),
    ],
)
def test_custody_only_thought_of(text: str, expected: list) -> None:
    assert _arrests(text) == expected


def test_a_roster_goes_on_past_its_items_fields() -> None:
    # A field told as a sentence of its own ("Bond: $5,000.") does not end the roster.
    text = (
        "The following people were arrested this week:\n\n"
        "- Bo Tran, 20, of Elgin, driving under the influence. Bond: $5,000.\n"
        "- Ann Lee, 33, of Joliet, retail theft. Bond: $1,500.\n\n"
        "Police said more arrests are possible."
    )
    assert _arrests(text) == [("Ann Lee", False), ("Bo Tran", False)]


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # The present of a timeline's entries tells an arrest.
        (
            "The trial opens Monday. Here is how the case unfolded.\n\n"
            "Oct. 3, 2023: Police arrest Dario Quint, 34, in the shooting of a clerk.\n\n"
            "Oct. 5, 2023: Quint is charged with murder.",
            ["Dario Quint"],
        ),
        # A paper named for an arrest is none.
        ("Police arrest records show Dario Quint, 34, was charged with theft.", []),
    ],
)
def test_an_arrest_told_in_the_present(text: str, arrested: list) -> None:
    assert arrested_in(text) == arrested


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A third person" with two named: someone new, unnamed, not the last one named.
        (
            "Dario Quint, 18, and Kyle Moss, 17, were charged with murder. A third suspect, a "
            "16-year-old girl, was detained and later released.",
            [None],
        ),
        (
            "Dario Quint, 18, and Kyle Moss, 17, were charged with murder. A third person was "
            "detained and released without charges.",
            [None],
        ),
        # Near miss: "a second man" while only one is named may be the one named next.
        (
            "Police arrested Dario Quint on Friday. Kyle Moss was arrested Saturday.",
            ["Dario Quint", "Kyle Moss"],
        ),
    ],
)
def test_a_further_person_told_by_an_ordinal(text: str, expected: list) -> None:
    assert arrested_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count of the harmed is no group taken into custody.
        (
            "Police have arrested a man in the shooting of two people on Elm Street. Dario "
            "Quint, 31, faces two counts of attempted murder.",
            ["Dario Quint"],
        ),
        (
            "Police arrested the man they say shot two men. Dario Quint, 31, faces two counts "
            "of attempted murder.",
            ["Dario Quint"],
        ),
        # Near miss: a count of those taken, one of them named, is the named and one more.
        (
            "Police arrested two men Friday. Dario Quint, 31, faces a robbery charge.",
            ["Dario Quint", None],
        ),
    ],
)
def test_a_count_of_the_harmed_is_no_group_in_custody(text: str, expected: list) -> None:
    assert arrested_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An ordinal going on from a count of the harmed is the one named next.
        (
            "Two men were wounded and a third was arrested after a fight outside a bar. Dario "
            "Quint, 31, was charged with assault.",
            ["Dario Quint"],
        ),
    ],
)
def test_an_ordinal_after_a_count_of_the_harmed(text: str, expected: list) -> None:
    assert arrested_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officers took Reid Monk, 29, into custody after a brief foot chase Monday.",
        "Deputies took Reid Monk, 29, of Elgin, into custody at his home.",
    ],
)
def test_taken_into_custody_with_his_age_between(text: str) -> None:
    assert _arrests(text) == [("Reid Monk", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day after the report is the next step's, never the arrest's.
        (
            "Ona Brill, 39, was charged with burglary. She was arrested at her home and is due "
            "in court Friday.",
            None,
        ),
        (
            "Ona Brill, 39, was arrested Monday and will be arraigned Friday.",
            "2024-03-11",
        ),
        # Near miss: the day before the report stays the arrest's.
        ("Ona Brill, 39, was arrested Wednesday at her home in Dale Park.", "2024-03-13"),
    ],
)
def test_an_arrest_is_never_dated_after_the_report(text: str, expected: str | None) -> None:
    assert [f["date"] for f in facts_of("ArrestMade", text)] == [expected]


# A group told by where its people are from ("Three Kent and Dover County residents were
# arrested") is the group the report names next; near miss: the ones who made the arrest.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three Kent and Dover County residents were arrested Tuesday, prosecutors said.\n\n"
            "Bo Tran, 45, of Marlow; Ann Lee, 39, of Elton; and Cy Moss, 36, of Dover, are "
            "each charged with wire fraud.",
            ["Ann Lee", "Bo Tran", "Cy Moss"],
        ),
        (
            "Two Kent County officers arrested Bo Tran, 45, on Tuesday. Ann Lee, 39, was "
            "charged Friday with wire fraud.",
            ["Bo Tran"],
        ),
    ],
)
def test_a_group_told_by_its_home_county(text: str, expected: list) -> None:
    assert arrested_in(text) == expected


# Picked up by a force named at length ("the U.S. Marshals fugitive task force"), as by police;
# near miss: picked up by a relative is no custody.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cal Dunne, who is 17, was picked up by the U.S. Marshals Lakes Region Fugitive "
            "Task Force on Friday at an apartment in Elton.",
            ["Cal Dunne"],
        ),
        ("Cal Dunne, 17, was picked up by his mother on Friday.", []),
    ],
)
def test_picked_up_by_a_force_named_at_length(text: str, expected: list) -> None:
    assert arrested_in(text) == expected


# One more suspect told by an ordinal ("Meanwhile, a second man was arrested") is the one the
# next sentence opens on when the report had not named him before; near miss: a name told
# before is not that man.
@pytest.mark.parametrize(
    ("then", "expected"),
    [
        ("Cal Dunne, 18, of Elton, was charged with theft.", ["Bo Tran", "Cal Dunne"]),
        ("Tran, 19, was charged with theft.", ["Bo Tran", None]),
    ],
)
def test_one_more_arrested_is_the_one_named_next(then: str, expected: list) -> None:
    text = (
        "Bo Tran, 19, was arrested Sunday and refused bail on Wednesday. Meanwhile, a second "
        "man was arrested on Tuesday at a house in Elton. " + then
    )
    assert arrested_in(text) == expected


# A group told as arrested ("Two men have been arrested") is not the one police are still
# looking for; near miss: one sought and then arrested himself.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two men have been arrested after a home invasion. Cal Dunne, 24, and Omar Vell, "
            "27, are charged with robbery. Police are also looking for Bo Tran, 22, of Marlow.",
            ["Cal Dunne", "Omar Vell"],
        ),
        (
            "Police were looking for Bo Tran, 22, of Marlow. He was arrested Friday.",
            ["Bo Tran"],
        ),
    ],
)
def test_a_group_arrested_is_not_the_one_still_sought(text: str, expected: list) -> None:
    assert arrested_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police nabbed Wes Okafor on Monday after a brief chase.", ["Wes Okafor"]),
        ("Deputies caught up with Wes Okafor at a motel on Monday.", ["Wes Okafor"]),
        ("Wes Okafor was located and detained without incident Monday.", ["Wes Okafor"]),
        # near miss: reporters who caught up with someone took nobody into custody
        (
            "Reporters caught up with Wes Okafor, the victim's father, outside the courthouse. "
            "Ona Brill is charged with murder.",
            [],
        ),
    ],
)
def test_custody_in_plain_words(text: str, expected: list) -> None:
    assert arrested_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date of the main clause is not the relative clause's arrest
        (
            "Wes Okafor, who was arrested in Texas last week, made his first court appearance "
            "Tuesday.",
            None,
        ),
        ("Wes Okafor, who was arrested Friday, appeared in court Tuesday.", "2024-03-08"),
        ("Wes Okafor, who police say fired the shots, was arrested Friday.", "2024-03-08"),
        # a date that names the crime is the crime's
        ("Police arrested Wes Okafor in connection with Sunday's fatal shooting.", None),
        ("Wes Okafor was arrested in the March 3 shooting of a clerk.", None),
        ("Wes Okafor was arrested on the Friday after the crash.", "2024-03-08"),
        # the day of what the arrest came after, told as a clause of its own
        (
            "Wes Okafor was arrested after deputies say he fired a shotgun at his neighbors "
            "Saturday evening.",
            None,
        ),
        (
            "Wes Okafor was arrested Sunday after deputies say he fired at his neighbors.",
            "2024-03-10",
        ),
    ],
)
def test_the_day_an_arrest_is_told(text: str, expected: str | None) -> None:
    assert [f["date"] for f in facts_of("ArrestMade", text)] == [expected]
