"""Court events, arrests, bonds and terms across the stages of a case, on invented sentences:
what took place is read, what did not or may not (no one, an expected indictment, a
hypothetical consequence, an earlier matter's year) is not."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in, bonds_of, court_of, facts_of, suspects_of

CHARGED = "Kyle Mercer, 29, was charged with felonious assault. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A subject that names no one took part.
        (CHARGED + "Neither man has entered a plea.", set()),
        (CHARGED + "None of the defendants has yet been arraigned.", set()),
        (CHARGED + "No one has been indicted.", set()),
        # A session whose scheduling is denied in its own words.
        (CHARGED + "Sentencing has not been scheduled.", set()),
        (CHARGED + "Sentencing hearings have not been scheduled.", set()),
        (
            CHARGED + "Sentencing is scheduled for May 2.",
            {("Kyle Mercer", "sentencing", "2024-05-02")},
        ),
        # ... but a plea entered is one.
        (CHARGED + "Mercer has entered a plea of not guilty.", {("Kyle Mercer", "plea", None)}),
        # An indictment looked for is no event; one returned is.
        (CHARGED + "An indictment is expected within 30 days.", set()),
        (CHARGED + "Prosecutors anticipate an indictment by June.", set()),
        (CHARGED + "He was indicted Monday.", {("Kyle Mercer", "indictment", "2024-03-11")}),
        # The consequence of a condition, told with "would", is not on the calendar ...
        (
            CHARGED + "If he is indicted, Mercer would be arraigned again in Common Pleas Court.",
            set(),
        ),
        # ... one told with "will" and a date is.
        (
            CHARGED + "If a true bill is returned, Mercer will face arraignment on March 29.",
            {("Kyle Mercer", "arraignment", "2024-03-29")},
        ),
        # A sentencing the judge set, told in a relative clause.
        (
            "Kyle Mercer, 29, pleaded guilty to assault. His attorney will argue for less time at "
            "sentencing, which Judge Ann Reyes scheduled for May 29.",
            {("Kyle Mercer", "plea", None), ("Kyle Mercer", "sentencing", "2024-05-29")},
        ),
        (
            "Kyle Mercer, 29, pleaded guilty to assault. He faces up to eight years at "
            "sentencing, which is set for April 2.",
            {("Kyle Mercer", "plea", None), ("Kyle Mercer", "sentencing", "2024-04-02")},
        ),
    ],
)
def test_what_took_place_and_what_did_not(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Told in a year well before the report, with no day of its own: an earlier matter.
        (
            CHARGED + "Mercer was convicted of menacing in 2019 and sentenced to 30 days in jail.",
            set(),
        ),
        (CHARGED + "In 2015, Mercer pleaded guilty to burglary.", set()),
        (CHARGED + "Mercer pleaded guilty to burglary in early 2016.", set()),
        # A month with the year is the detail of the case's own events.
        (
            CHARGED + "Mercer pleaded not guilty in March 2021.",
            {("Kyle Mercer", "plea", None)},
        ),
        # A day of its own is this case's, whatever year the arrest was.
        (
            CHARGED + "Mercer was arrested in 2019 and pleaded guilty Monday.",
            {("Kyle Mercer", "plea", "2024-03-11")},
        ),
        # A year naming the crime is not when the event was.
        (
            "Kyle Mercer, 29, was sentenced in the 2019 killing of Ann Lee.",
            {("Kyle Mercer", "sentencing", None)},
        ),
        # A year after the crime the report dates is the case's own.
        (
            "Vinh Pham, 45, is charged in the 2019 killing of Linh Tran. His former girlfriend, "
            "Kim Nguyen, 39, pleaded guilty in 2021 to being an accessory after the fact.",
            {("Kim Nguyen", "plea", None)},
        ),
        # ... and one before it another matter's.
        (
            "Vinh Pham, 45, is charged in the 2019 killing of Linh Tran. Pham pleaded guilty to "
            "burglary in 2012.",
            set(),
        ),
        # Last year is not long ago.
        (
            CHARGED + "Mercer pleaded not guilty in 2023.",
            {("Kyle Mercer", "plea", None)},
        ),
        # The crime dated by its own verb: a plea after it is the case's.
        (
            "Kyle Mercer, 29, who stabbed a neighbor in his garage in 2019, pleaded guilty in "
            "2021 to manslaughter.",
            {("Kyle Mercer", "plea", None)},
        ),
    ],
)
def test_an_event_told_in_a_year_long_past_is_an_earlier_matter(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The warrant is no arrest, the surrender after it is.
        (
            "Tyler Pryor, 31, is charged with manslaughter. Pryor turned himself in at police "
            "headquarters after learning there was a warrant for his arrest.",
            ["Tyler Pryor"],
        ),
        (
            "Tyler Pryor, 31, is charged with manslaughter. A warrant for his arrest was issued "
            "Monday and he surrendered Tuesday.",
            ["Tyler Pryor"],
        ),
        (
            "Tyler Pryor, 31, is charged with manslaughter. Police issued a warrant for his arrest.",
            [],
        ),
        (
            "Tyler Pryor, 31, is charged with manslaughter. Police obtained a warrant for Pryor's arrest.",
            [],
        ),
        # A surrender that did not happen.
        ("Tyler Pryor, 31, is charged with manslaughter. He has not turned himself in.", []),
        ("Tyler Pryor, 31, is charged with manslaughter. Pryor has yet to surrender.", []),
    ],
)
def test_a_warrant_or_a_surrender_not_made_is_no_arrest(text: str, expected: list) -> None:
    assert arrested_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Bonded out of this case's jail: this case's bond.
        (
            "Alyssa Garza, 26, turned herself in on Aug. 2. She bonded out the same day after "
            "posting a $150,000 bond.",
            {("Alyssa Garza", 150000, "posted")},
        ),
        # Had bonded out: an earlier matter.
        (
            "Alyssa Garza, 26, was charged with theft. Garza had bonded out on an earlier "
            "charge after posting a $5,000 bond.",
            set(),
        ),
        # "which he has posted": the amount set was posted too.
        (
            "Mateo Ruiz, 28, was indicted on a charge of failure to report abuse. His bond was "
            "set at $20,000, which he has posted.",
            {("Mateo Ruiz", 20000, "set"), ("Mateo Ruiz", 20000, "posted")},
        ),
        # Someone the cast does not know as a suspect, held without bail: the subject.
        (
            "Desmond Vance, 33, and Corey Whitlock, 27, will next appear for formal arraignment "
            "on March 14. Vance remains in the Erie County Prison without bail.",
            {("Desmond Vance", None, "denied")},
        ),
        # A judge or a relative as the subject is no defendant.
        (
            "Desmond Vance, 33, will next appear for formal arraignment on March 14. Judge Paul "
            "Manzi remains opposed to bail.",
            set(),
        ),
    ],
)
def test_bonds_across_stages(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mateo Ruiz, 28, pleaded guilty and was sentenced to time served and two years of "
            "deferred adjudication probation.",
            {("Mateo Ruiz", "probation", 2)},
        ),
        (
            "Mateo Ruiz, 28, was sentenced Monday to five years of community supervision.",
            {("Mateo Ruiz", "probation", 5)},
        ),
        (
            "Mateo Ruiz, 28, was sentenced Monday to three years of intensive probation.",
            {("Mateo Ruiz", "probation", 3)},
        ),
        # Placed on probation by a judge, named by a pronoun.
        (
            "Mateo Ruiz, 28, pleaded guilty. Judge Amanda Reyes placed him on three years of "
            "probation.",
            {("Mateo Ruiz", "probation", 3)},
        ),
        (
            "Mateo Ruiz, 28, pleaded guilty. A judge placed him on probation for two years.",
            {("Mateo Ruiz", "probation", 2)},
        ),
        (
            "Mateo Ruiz, 28, pleaded guilty. The judge placed a hold on his release for 30 days.",
            set(),
        ),
        # A term imposed after the crime the report dates is this case's.
        (
            "Vinh Pham, 45, is charged in the 2019 killing of Linh Tran. Mateo Ruiz, 28, pleaded "
            "guilty in 2021 to being an accessory and was sentenced to five years of probation.",
            {("Mateo Ruiz", "probation", 5)},
        ),
        # Time he served before is still no term of this case.
        ("Mateo Ruiz, 28, who served 10 years for robbery, was sentenced to time served.", set()),
    ],
)
def test_probation_by_its_other_names(text: str, expected: set) -> None:
    found = {(f["person"], f["kind"], f["years"]) for f in facts_of("SentenceImposed", text)}
    assert found == expected


ORTIZ = "Sam Ortiz, 34, was charged with murder. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A conviction no plea brought about is the trial's verdict.
        (ORTIZ + "Ortiz was convicted Thursday of murder.", {("Sam Ortiz", "trial", "2024-03-14")}),
        # ... one told with a plea is the plea's.
        (
            ORTIZ + "Ortiz was convicted of murder after pleading guilty.",
            {("Sam Ortiz", "plea", None)},
        ),
        # Testimony at his trial, his own or a witness's.
        (
            ORTIZ + "Ortiz testified Tuesday at his own trial.",
            {("Sam Ortiz", "trial", "2024-03-12")},
        ),
        (
            ORTIZ + "A witness testified Tuesday at the trial of Ortiz.",
            {("Sam Ortiz", "trial", "2024-03-12")},
        ),
        # A trial to come.
        (ORTIZ + "Ortiz is set to be tried in June.", {("Sam Ortiz", "trial", None)}),
        # No trial: an earlier conviction, one that never was or may be, a court's choice.
        (ORTIZ + "Ortiz was previously convicted of robbery.", set()),
        (ORTIZ + "Ortiz has never been convicted of a crime.", set()),
        (ORTIZ + "Ortiz could be convicted of murder.", set()),
        (ORTIZ + "Ortiz will be tried as an adult.", set()),
    ],
)
def test_a_trial_told_by_its_verdict_its_testimony_or_its_date(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ortiz was taken into federal custody Monday.", ["Sam Ortiz"]),
        ("Officers detained Ortiz near the scene.", ["Sam Ortiz"]),
        ("U.S. Marshals served an arrest warrant on Ortiz at a motel in Reno.", ["Sam Ortiz"]),
        ("Ortiz and his cousin turned themselves in Monday.", ["Sam Ortiz"]),
        ("Ortiz is in custody, police said.", ["Sam Ortiz"]),
        ("Ortiz was located Monday and is now in custody.", ["Sam Ortiz"]),
        # A state once held, or kept, is no custody taken.
        ("Ortiz was in custody at the time of the shooting.", []),
        ("Ortiz was in custody for an unrelated robbery.", []),
        ("Ortiz remains in custody.", []),
        ("Ortiz died in custody.", []),
    ],
)
def test_custody_taken_in_other_words(text: str, expected: list) -> None:
    assert arrested_in("Sam Ortiz, 34, of Salem, faces a murder charge. " + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bond changed "up from" / "down from" another: the amount before the words is new.
        (
            "He is now held on a $250,000 bond, up from the $50,000 bond he posted in July.",
            {("Sam Ortiz", 250000, "raised"), ("Sam Ortiz", 50000, "posted")},
        ),
        (
            "His bond is now $20,000, down from $100,000.",
            {("Sam Ortiz", 20000, "reduced"), ("Sam Ortiz", 100000, "set")},
        ),
        # "from ... to" keeps its order.
        (
            "A judge lowered his bond from $1 million to $250,000.",
            {("Sam Ortiz", 1000000, "set"), ("Sam Ortiz", 250000, "reduced")},
        ),
        # Posted, told after the amount or by "it".
        ("He was released Monday on the $20,000 bond he posted.", {("Sam Ortiz", 20000, "posted")}),
        (
            "Bail was set at $500,000 cash, and he posted it Tuesday.",
            {("Sam Ortiz", 500000, "set"), ("Sam Ortiz", 500000, "posted")},
        ),
        # Pretrial detention granted is bail denied; one asked for is nothing yet.
        (
            "A judge granted the government's motion for pretrial detention.",
            {("Sam Ortiz", None, "denied")},
        ),
        ("Prosecutors filed a motion for pretrial detention.", set()),
    ],
)
def test_a_bond_changed_posted_or_refused_in_other_words(text: str, expected: set) -> None:
    assert bonds_of("Sam Ortiz, 34, was charged with fraud. " + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A Fresno couple": both the suspects the article names.
        (
            "A Fresno couple pleaded not guilty Tuesday to child endangerment. Ricardo Lopez, 38, "
            "and Marisol Lopez, 35, were arrested Saturday.",
            {("Ricardo Lopez", "plea", "2024-03-12"), ("Marisol Lopez", "plea", "2024-03-12")},
        ),
        # A session that had been scheduled gave way to another.
        (
            "Brandon Hale, 36, is charged with battery. Hale had been scheduled for a preliminary "
            "hearing on March 10, but he failed to appear. His case was continued to April 2.",
            {("Brandon Hale", "hearing", "2024-04-02")},
        ),
    ],
)
def test_whom_and_which_sessions(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare hearing at which an arraignment, plea or sentencing took place is its session.
        (
            ORTIZ + "Ortiz was arraigned Monday during a virtual hearing.",
            {("Sam Ortiz", "arraignment", "2024-03-11")},
        ),
        (
            ORTIZ + "At a hearing Monday, Ortiz pleaded not guilty.",
            {("Sam Ortiz", "plea", "2024-03-11")},
        ),
        (
            ORTIZ + "Ortiz was sentenced Monday in a hearing that lasted three hours.",
            {("Sam Ortiz", "sentencing", "2024-03-11")},
        ),
        # A hearing named for what it decides is one of its own ...
        (
            ORTIZ + "Ortiz pleaded not guilty Monday at a bond hearing.",
            {("Sam Ortiz", "plea", "2024-03-11"), ("Sam Ortiz", "hearing", "2024-03-11")},
        ),
        # ... and so is one set for a day of its own, dated by that day.
        (
            ORTIZ + "Ortiz was arraigned Monday and a hearing is scheduled for May 2.",
            {("Sam Ortiz", "arraignment", "2024-03-11"), ("Sam Ortiz", "hearing", "2024-05-02")},
        ),
        (
            ORTIZ + "Ortiz pleaded not guilty Monday and his trial is set for June 3.",
            {("Sam Ortiz", "plea", "2024-03-11"), ("Sam Ortiz", "trial", "2024-06-03")},
        ),
        # A motion to suppress that a lawyer will file is no ruling; evidence suppressed is.
        (
            ORTIZ
            + "Ortiz's lawyer said at Monday's hearing that he would file a motion to suppress.",
            {("Sam Ortiz", "hearing", "2024-03-11")},
        ),
        (ORTIZ + "A judge suppressed the evidence Monday.", {("Sam Ortiz", "other", "2024-03-11")}),
    ],
)
def test_a_hearing_as_the_session_of_another_event_or_its_own(text: str, expected: set) -> None:
    assert court_of(text) == expected


def test_a_counted_unnamed_group_gets_a_fact_for_each_member() -> None:
    text = (
        "Two men were arrested Saturday after a chase in Dayton. Both were booked into the "
        "county jail on $100,000 bond each. They are due in court Monday."
    )
    assert arrested_in(text) == [None, None]
    assert sorted(f["amount"] for f in facts_of("BondSet", text)) == [100000, 100000]
    assert [f["kind"] for f in facts_of("CourtEventReported", text)] == ["appearance"] * 2


@pytest.mark.parametrize(
    "text",
    [
        # One unnamed suspect, told twice.
        "A 19-year-old man was arrested Sunday. He is being held on $500,000 bond.",
        # A named suspect's group is the named ones.
        "Ann Lee, 22, and Bo Tran, 19, were arrested Sunday. Both were held on $500,000 bond.",
    ],
)
def test_no_more_facts_than_people(text: str) -> None:
    people = [f["person"] for f in facts_of("ArrestMade", text)]
    assert len(people) == len(set(people))


def test_the_unnamed_subject_is_the_one_unnamed_suspect_where_none_is_named() -> None:
    text = (
        "Police arrested a teenager in the stabbing of a classmate. The 16-year-old boy, whose "
        "name was not released because he is a juvenile, was booked into the juvenile "
        "detention center."
    )
    assert arrested_in(text) == [None]


PAIR = "Ann Lee, 22, and Bo Tran, 19, were charged with robbery. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Each part of a sentence split at a semicolon tells its own event.
        (
            PAIR + "Lee was arraigned Monday; Tran was arraigned Tuesday.",
            {("Ann Lee", "arraignment", "2024-03-11"), ("Bo Tran", "arraignment", "2024-03-12")},
        ),
        (
            PAIR + "Last month, Lee pleaded no contest to murder, while Tran pleaded guilty.",
            {("Ann Lee", "plea", None), ("Bo Tran", "plea", None)},
        ),
        # A right given up as part of a plea deal leaves the plea.
        (
            PAIR + "Both waived their right to appeal as part of the plea agreement.",
            {("Ann Lee", "plea", None), ("Bo Tran", "plea", None)},
        ),
        # A co-defendant's testimony at the trial is the defendant's trial, not hers.
        (
            PAIR + "Lee testified against Tran at his trial Monday.",
            {("Bo Tran", "trial", "2024-03-11")},
        ),
        (
            PAIR + "Lee testified Tuesday at the trial of Tran.",
            {("Bo Tran", "trial", "2024-03-12")},
        ),
    ],
)
def test_each_defendant_their_own_event(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ORTIZ + "His case will next be heard on May 2.", {("Sam Ortiz", "hearing", "2024-05-02")}),
        (
            ORTIZ + "Ortiz was bound over for trial on all counts Monday.",
            {("Sam Ortiz", "hearing", "2024-03-11")},
        ),
        # ... with the case or the defendant between the words
        (
            ORTIZ + "A judge found probable cause Monday and bound the case over to a grand jury.",
            {("Sam Ortiz", "hearing", "2024-03-11")},
        ),
        (
            ORTIZ + "A judge bound him over for trial on Monday.",
            {("Sam Ortiz", "hearing", "2024-03-11")},
        ),
        (ORTIZ + "Ortiz bound her hands with tape, police said.", set()),
        (ORTIZ + "The jury deadlocked Friday.", {("Sam Ortiz", "trial", "2024-03-08")}),
        # A session given up is none; what took place instead is.
        (
            ORTIZ + "Ortiz waived arraignment and entered a written plea of not guilty.",
            {("Sam Ortiz", "plea", None)},
        ),
        (ORTIZ + "Ortiz waived his right to a preliminary hearing.", set()),
        (
            ORTIZ
            + "Ortiz waived his preliminary hearing and his case was bound over to Superior Court.",
            set(),
        ),
        (
            ORTIZ
            + "Ortiz waived his preliminary hearing and the judge bound the case over to Superior "
            "Court.",
            set(),
        ),
    ],
)
def test_sessions_told_by_their_outcome_or_given_up(text: str, expected: set) -> None:
    assert court_of(text) == expected


CREW = "Keon Marshall, 24, Dante Wilkes, 22, and Jamal Hodge, 27, were indicted on carjacking charges. "


def test_the_arrests_of_several_named_are_each_of_theirs() -> None:
    text = (
        CREW
        + "The indictment was unsealed Thursday upon the arrests of Marshall, Wilkes and Hodge."
    )
    assert arrested_in(text) == ["Dante Wilkes", "Jamal Hodge", "Keon Marshall"]


def test_hearings_in_the_plural_are_each_defendants() -> None:
    text = CREW + "Detention hearings for Marshall, Wilkes and Hodge are scheduled for September 3."
    assert {e for e in court_of(text) if e[1] == "hearing"} == {
        ("Keon Marshall", "hearing", "2024-09-03"),
        ("Dante Wilkes", "hearing", "2024-09-03"),
        ("Jamal Hodge", "hearing", "2024-09-03"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Keon Marshall, 24, and Dante Wilkes, 22, were charged with carjacking. Grand jury "
            "indicts Marshall and Wilkes in carjackings.",
            {("Keon Marshall", "indictment", None), ("Dante Wilkes", "indictment", None)},
        ),
        (
            "Keon Marshall, 24, was charged with carjacking. Prosecutors will seek to indict Marshall.",
            set(),
        ),
    ],
)
def test_an_indictment_in_the_present_tense(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one named suspect without an age is the one the description gives it.
        (
            "A grand jury indicted a 26-year-old woman Wednesday on a charge of injury to a "
            "child. Alyssa Garza turned herself in Aug. 2. Her boyfriend, Mateo Ruiz, 28, was "
            "indicted on a charge of failure to report abuse.",
            {("Alyssa Garza", 26), ("Mateo Ruiz", 28)},
        ),
        # ... not when the age is another suspect's, nor when two lack one.
        (
            "A grand jury indicted a 28-year-old man Wednesday on a charge of assault. Alyssa "
            "Garza turned herself in Aug. 2. Her boyfriend, Mateo Ruiz, 28, was also indicted.",
            {("Alyssa Garza", None), ("Mateo Ruiz", 28)},
        ),
        (
            "A grand jury indicted a 26-year-old woman Wednesday on a charge of injury to a "
            "child. Alyssa Garza was arrested Aug. 2. Mateo Ruiz was also charged.",
            {("Alyssa Garza", None), ("Mateo Ruiz", None)},
        ),
    ],
)
def test_an_age_described_before_several_names(text: str, expected: set) -> None:
    assert set(suspects_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Money raised toward a bond is neither a bond nor a raise.
        (
            "His bond was set at $75,000, and a GoFundMe has raised $20,000 for it.",
            {("Sam Ortiz", 75000, "set")},
        ),
        ("A judge raised his bond to $1 million.", {("Sam Ortiz", 1000000, "raised")}),
    ],
)
def test_money_raised_for_a_bond_is_not_a_bond(text: str, expected: set) -> None:
    assert bonds_of("Sam Ortiz, 34, was charged with murder. " + text) == expected


def test_leave_is_no_punishment() -> None:
    text = ORTIZ + "The officer who shot Ortiz was placed on administrative leave for two weeks."
    assert facts_of("SentenceImposed", text) == []
    assert court_of(text) == set()


def test_a_release_expected_is_no_bond_posted() -> None:
    text = ORTIZ + "Ortiz's lawyer said he expects his client to be released on bond."
    assert bonds_of(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The defendant's relative in court is not the defendant.
        (ORTIZ + "Ortiz's mother appeared in court Monday to support him.", set()),
        (
            ORTIZ + "Ortiz appeared in court Monday as his mother wept.",
            {("Sam Ortiz", "appearance", "2024-03-11")},
        ),
        # Not scheduled, however long the subject; a clause after the event is another's.
        (ORTIZ + "A hearing on whether to try Ortiz as an adult has not been scheduled.", set()),
        (
            ORTIZ + "Ortiz appeared at a hearing Monday where the judge has not yet ruled on bond.",
            {("Sam Ortiz", "hearing", "2024-03-11")},
        ),
    ],
)
def test_someone_elses_presence_or_an_unscheduled_session(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A counted group arrested leaves out the one the report says is still free ...
        (
            CREW + "Police arrested two men Friday. Hodge has not been arrested.",
            ["Dante Wilkes", "Keon Marshall"],
        ),
        (
            CREW + "Police arrested two men Friday. Hodge remains at large.",
            ["Dante Wilkes", "Keon Marshall"],
        ),
        # ... or a fugitive, though the sentence of the arrests lists everyone charged.
        (
            "The indictment, unsealed Tuesday upon the arrests of two of the defendants, charges "
            "Keon Marshall, 24, Dante Wilkes, 22, and Jamal Hodge, 27. Hodge remains a fugitive.",
            ["Dante Wilkes", "Keon Marshall"],
        ),
        # ... but not one the arrest names, nor anyone when no one is said to be free.
        (
            CREW + "Hodge was at large until police arrested him Friday.",
            ["Jamal Hodge"],
        ),
        (
            CREW + "Police arrested the three men Friday.",
            ["Dante Wilkes", "Jamal Hodge", "Keon Marshall"],
        ),
    ],
)
def test_a_group_arrested_leaves_out_those_still_free(text: str, expected: list) -> None:
    assert arrested_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Both" of three named is the two told of last.
        (
            CREW + "Marshall and Wilkes were arrested Friday. Both are held without bail.",
            {("Keon Marshall", None, "denied"), ("Dante Wilkes", None, "denied")},
        ),
        (
            CREW + "All three are held without bail.",
            {
                ("Keon Marshall", None, "denied"),
                ("Dante Wilkes", None, "denied"),
                ("Jamal Hodge", None, "denied"),
            },
        ),
    ],
)
def test_both_is_two(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "on their behalf" speaks for every defendant, "on his behalf" for one.
        (
            "Ann Moss, 24, and Cole Dunn, 27, were charged with assault. A not guilty plea "
            "was entered on their behalf.",
            {("Ann Moss", "plea", None), ("Cole Dunn", "plea", None)},
        ),
        (
            "Ann Moss, 24, and Cole Dunn, 27, were charged with assault. Dunn was in court Monday. "
            "A not guilty plea was entered on his behalf.",
            {("Cole Dunn", "appearance", "2024-03-11"), ("Cole Dunn", "plea", None)},
        ),
    ],
)
def test_a_plea_on_their_behalf(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Someone wanted who is now in custody was arrested; someone still wanted was not.
        ("Ray Burke, 32, who was wanted in the shooting of a clerk, is in custody.", ["Ray Burke"]),
        ("Police said Ray Burke, 32, wanted in the shooting, is now in custody.", ["Ray Burke"]),
        ("Police say Ray Burke, 32, is wanted in the shooting of a clerk.", []),
    ],
)
def test_wanted_and_now_in_custody(text: str, expected: list) -> None:
    assert arrested_in(text) == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # Due in a court named by its kind or its county.
        # (Named: a session in juvenile court of an adult told by no name is a minor's.)
        ("Burke is due in juvenile court Friday.", {("Ray Burke", "appearance", "2024-03-15")}),
        (
            "Burke is due in Lake County Superior Court on April 2.",
            {("Ray Burke", "appearance", "2024-04-02")},
        ),
        # "due in part to", "due to the court": no session.
        ("The delay was due in part to the court's backlog.", set()),
        ("The filing was due to the court by Friday.", set()),
    ],
)
def test_due_in_a_named_court(told: str, expected: set) -> None:
    lead = "Police arrested Ray Burke, 32, on Monday in the shooting of a clerk. "
    assert court_of(lead + told) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A prior arrest is reported when dated to the year at least ...
        ("Burke was last arrested on Oct. 15, 2022, for burglary.", [(True, "2022-10-15")]),
        ("Burke had been arrested in March 2021 on a drug charge.", [(True, None)]),
        ("Burke was previously arrested in 2019 for assault.", [(True, None)]),
        ("Burke had been arrested in 2022 over a fight in a pub.", [(True, None)]),
        # ... not as a count of a record, nor undated.
        ("Burke has been arrested 14 times since 2010.", []),
        ("Burke has been arrested on several occasions.", []),
    ],
)
def test_prior_arrests_dated_to_the_month(text: str, expected: list) -> None:
    lead = "Ray Burke, 32, was charged with murder. "
    assert [(f["prior"], f["date"]) for f in facts_of("ArrestMade", lead + text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year before the case's harm dates an earlier arrest, told plainly.
        ("Court records show Burke was arrested in Reno in 2018 on a theft charge.", True),
        # Near miss: the year of the harm is the case's own.
        ("Court records show Burke was arrested in Reno in 2024 on a murder charge.", False),
    ],
)
def test_an_arrest_dated_by_its_year_before_the_harm(text: str, expected: bool) -> None:
    lead = "A clerk was shot Feb. 2, 2024, in Reno. Ray Burke, 32, is wanted in the shooting. "
    assert [(f["prior"], f["date"]) for f in facts_of("ArrestMade", lead + text)] == [
        (expected, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An event told of no one is the one defendant's whose events the report has told,
        # though another suspect was named since ...
        (
            "Derek Haines, 39, was charged with assault. A jury deadlocked Wednesday in his "
            "trial. Police said Colin Marsh, 41, was also arrested. A status hearing is "
            "scheduled for March 19.",
            {("Derek Haines", "trial", "2024-03-13"), ("Derek Haines", "hearing", "2024-03-19")},
        ),
        # ... but not when the report told events of both.
        (
            "Derek Haines, 39, and Colin Marsh, 41, were charged with assault. Haines was "
            "arraigned Monday. Marsh was arraigned Tuesday. A status hearing is scheduled "
            "for March 19.",
            {
                ("Derek Haines", "arraignment", "2024-03-11"),
                ("Colin Marsh", "arraignment", "2024-03-12"),
                ("Derek Haines", "hearing", "2024-03-19"),
                ("Colin Marsh", "hearing", "2024-03-19"),
            },
        ),
    ],
)
def test_an_event_of_no_one_is_the_only_defendants(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("then", "expected"),
    [
        (
            "His trial, first scheduled for January, was postponed twice and is now set for "
            "Sept. 8.",
            {("Andre Simmons", "trial", "2024-09-08")},
        ),
        (
            "His trial, delayed twice, is now set for Sept. 8.",
            {("Andre Simmons", "trial", "2024-09-08")},
        ),
        ("The trial, delayed twice, began Monday.", {("Andre Simmons", "trial", "2024-03-11")}),
    ],
)
def test_a_trial_told_past_an_aside(then: str, expected: set) -> None:
    assert court_of("Andre Simmons, 21, is charged with murder. " + then) == expected
