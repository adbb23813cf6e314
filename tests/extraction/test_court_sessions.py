"""Court sessions and bonds as local and federal reports word them: sessions from the jail,
sentencings told only by the term, trials told over several days, events of every
co-defendant, relative clauses about a defendant's past; on sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import bonds_of, court_of, facts_of

CHARGED = "Marcus Dell, 27, was charged with murder in the death of Tom Reed. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A punishment imposed is a sentencing, however the imposing is worded.
        (
            CHARGED + "A judge handed Dell a 40-year sentence on Wednesday.",
            {("Marcus Dell", "sentencing", "2024-03-13")},
        ),
        (
            CHARGED + "Dell was ordered to serve 12 years in prison.",
            {("Marcus Dell", "sentencing", None)},
        ),
        # The sentencing date set, whatever the auxiliary.
        (
            CHARGED + "Dell's sentencing has been set for May 20.",
            {("Marcus Dell", "sentencing", "2024-05-20")},
        ),
        # ... but the guidelines "for his sentencing" are no session.
        (
            CHARGED + "Guidelines for his sentencing suggest seven to nine years.",
            set(),
        ),
        # Sessions from the jail, before a judge, scheduled without naming the court.
        (
            CHARGED + "Dell appeared virtually from the jail on Wednesday.",
            {("Marcus Dell", "appearance", "2024-03-13")},
        ),
        (
            CHARGED + "Dell faced a judge Wednesday afternoon.",
            {("Marcus Dell", "appearance", "2024-03-13")},
        ),
        (
            CHARGED + "Court records show Dell is scheduled to appear April 2.",
            {("Marcus Dell", "appearance", "2024-04-02")},
        ),
        # The appearance as a noun, and a defendant present in a courtroom.
        (
            CHARGED + "Dell made a brief appearance in Fairview District Court on Wednesday.",
            {("Marcus Dell", "appearance", "2024-03-13")},
        ),
        (
            CHARGED + "During a video appearance Wednesday, Dell said nothing.",
            {("Marcus Dell", "appearance", "2024-03-13")},
        ),
        (
            CHARGED + "The 27-year-old sat silently in a Fairview courtroom Wednesday.",
            {("Marcus Dell", "appearance", "2024-03-13")},
        ),
        # A return on a day of its own is a second session beside the arraignment.
        (
            CHARGED + "Dell pleaded not guilty at his arraignment Monday and is due back in "
            "court March 28.",
            {
                ("Marcus Dell", "arraignment", "2024-03-11"),
                ("Marcus Dell", "plea", "2024-03-11"),
                ("Marcus Dell", "appearance", "2024-03-28"),
            },
        ),
        # ... told on the same day, it is the session the plea was entered at.
        (
            CHARGED + "During a court appearance Wednesday, Dell pleaded not guilty.",
            {("Marcus Dell", "plea", "2024-03-13")},
        ),
        # Whether he can be tried, as a court rules it, and motions ruled on.
        (
            CHARGED + "A judge found Dell competent to stand trial Wednesday.",
            {("Marcus Dell", "other", "2024-03-13")},
        ),
        # ... ruled at a hearing the sentence tells for the same day, it is that hearing.
        (
            CHARGED + "Dell was found competent to stand trial at a hearing Tuesday.",
            {("Marcus Dell", "hearing", "2024-03-12")},
        ),
        (
            CHARGED + "Dell was cleared on Monday to stand trial.",
            {("Marcus Dell", "other", "2024-03-11")},
        ),
        (
            CHARGED + "A judge denied the defense's motion to dismiss the charges on Tuesday.",
            {("Marcus Dell", "other", "2024-03-12")},
        ),
        # Trials given a date, in session, declared a mistrial.
        (
            CHARGED + "Dell is scheduled for trial on June 3.",
            {("Marcus Dell", "trial", "2024-06-03")},
        ),
        (
            CHARGED + "Trial is set for June 3.",
            {("Marcus Dell", "trial", "2024-06-03")},
        ),
        (
            CHARGED + "A jury was seated Monday in Dell's murder trial.",
            {("Marcus Dell", "trial", "2024-03-11")},
        ),
        # A trial that "had been scheduled" gave way to the plea.
        (
            CHARGED + "Dell pleaded guilty Monday. He had been scheduled for trial in October.",
            {("Marcus Dell", "plea", "2024-03-11")},
        ),
        # A trial runs for days: one trial, on its first day told.
        (
            CHARGED + "Dell's trial began Monday. A judge declared a mistrial Wednesday after "
            "the jury deadlocked.",
            {("Marcus Dell", "trial", "2024-03-11")},
        ),
        # A grand jury's indictment told by its jury or its "true bill"; a plea deal agreed.
        (
            CHARGED + "Dell was charged Tuesday by a Fairview County grand jury with robbery.",
            {("Marcus Dell", "indictment", "2024-03-12")},
        ),
        (
            CHARGED + "Dell agreed to a plea deal Tuesday.",
            {("Marcus Dell", "plea", "2024-03-12")},
        ),
        # A case adjourned to a day: the next date he is to appear (see
        # `test_a_case_adjourned_to_a_day`).
        (
            CHARGED + "The case was adjourned until April 2.",
            {("Marcus Dell", "appearance", "2024-04-02")},
        ),
        # A hearing scheduled is an event; what a hearing is, in general, is none.
        (
            CHARGED + "A hearing is scheduled for April 2.",
            {("Marcus Dell", "hearing", "2024-04-02")},
        ),
        (
            CHARGED + "A hearing is a chance for the defense to question witnesses.",
            set(),
        ),
        # A plea not guilty, then guilty: two pleas; a plea said twice is one.
        (
            CHARGED + "Dell initially pleaded not guilty. On Tuesday, he pleaded guilty.",
            {("Marcus Dell", "plea", None), ("Marcus Dell", "plea", "2024-03-12")},
        ),
        (
            CHARGED + "Dell entered a plea Monday. He pleaded not guilty.",
            {("Marcus Dell", "plea", "2024-03-11")},
        ),
        # The session named for the plea.
        (
            CHARGED + "Dell's plea hearing is set for April 2.",
            {("Marcus Dell", "plea", "2024-04-02")},
        ),
        # What "would have" happened is no event, and only in its own stretch.
        (
            CHARGED + "Dell pleaded guilty Monday; his trial would have begun in June.",
            {("Marcus Dell", "plea", "2024-03-11")},
        ),
        # A preposition opens no apposition: Dell pleads, not a lawyer.
        (
            CHARGED + "Dell, through his attorney, pleaded not guilty Wednesday.",
            {("Marcus Dell", "plea", "2024-03-13")},
        ),
        # A relative clause about the defendant's past ends before the main verb.
        (
            CHARGED + "Dell, who was previously arrested for assault, was arraigned Monday.",
            {("Marcus Dell", "arraignment", "2024-03-11")},
        ),
        (
            CHARGED + "Dell, who was on probation at the time, is due in court Friday.",
            {("Marcus Dell", "appearance", "2024-03-15")},
        ),
        (
            CHARGED + "Dell was arraigned Monday, a week after he was released from prison.",
            {("Marcus Dell", "arraignment", "2024-03-11")},
        ),
        # A new predicate in the present, or a "but", returns to this case ...
        (
            CHARGED + "Dell was released from jail Monday and is due back in court April 2.",
            {("Marcus Dell", "appearance", "2024-04-02")},
        ),
        (
            CHARGED + "Dell has a lengthy criminal record but pleaded not guilty Monday.",
            {("Marcus Dell", "plea", "2024-03-11")},
        ),
        # ... one in the past goes on with the earlier matter.
        (
            CHARGED + "Dell was previously convicted of robbery and was sentenced to five years.",
            set(),
        ),
        # ... and so does a relative clause about another case.
        (
            CHARGED + "Dell, who is also charged in another shooting, was arraigned Monday.",
            {("Marcus Dell", "arraignment", "2024-03-11")},
        ),
        # ... while an event told in the earlier matter stays out.
        (
            CHARGED + "He served four years in prison after he was sentenced for robbery.",
            set(),
        ),
    ],
)
def test_court_sessions(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    "told",
    [
        "Dell has not been indicted.",
        "Dell has yet to be arraigned.",
        "No court date has been set.",
        "A date for his arraignment has not been set.",
        "It was not immediately known when Dell would appear in court.",
        "Dell did not appear in court Wednesday.",
        "Dell's court appearance was canceled.",
        # A date with an abbreviated month between the event and its cancelling.
        "A preliminary hearing scheduled for Jan. 15 was canceled.",
        "A preliminary hearing set for Sept. 3 was called off.",
        "Dell could be arraigned as early as Friday.",
        "Prosecutors plan to seek an indictment.",
        "His mother was in court Wednesday.",
    ],
)
def test_events_that_did_not_or_may_not_take_place(told: str) -> None:
    assert court_of(CHARGED + told) == set()


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # "not" two words and more before the event does not deny it.
        (
            "The judge did not set bail at his arraignment Monday.",
            {("Marcus Dell", "arraignment", "2024-03-11")},
        ),
        # ... nor the "not" of a plea.
        (
            "A not guilty plea was entered on his behalf Monday.",
            {("Marcus Dell", "plea", "2024-03-11")},
        ),
        (
            "He was in court Wednesday.",
            {("Marcus Dell", "appearance", "2024-03-13")},
        ),
        # ... nor a cancelling told of another event after the date.
        (
            "A preliminary hearing is scheduled for Jan. 15.",
            {("Marcus Dell", "hearing", "2025-01-15")},
        ),
    ],
)
def test_events_beside_a_denial(told: str, expected: set) -> None:
    assert court_of(CHARGED + told) == expected


def test_an_event_told_of_no_one_concerns_every_defendant_just_told() -> None:
    text = (
        "Ivy Marsh, 32, and Cole Dunn, 30, were indicted in the death of their son. "
        "Marsh pleaded no contest Friday. Dunn pleaded no contest to second-degree murder. "
        "A sentencing hearing is scheduled for April 30 in the Fairview County Courthouse."
    )
    sentencings = {(p, d) for p, k, d in court_of(text) if k == "sentencing"}
    assert sentencings == {("Ivy Marsh", "2024-04-30"), ("Cole Dunn", "2024-04-30")}


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        # the judge the event is before is no one it is told of
        (
            "A jury trial is set for June 24 before U.S. District Judge Nell Arbery.",
            {("Ivy Marsh", "2024-06-24"), ("Cole Dunn", "2024-06-24")},
        ),
        (
            "Judge Nell Arbery set a trial for June 24.",
            {("Ivy Marsh", "2024-06-24"), ("Cole Dunn", "2024-06-24")},
        ),
        # near miss: a defendant named is the one it is told of
        ("Dunn's trial is set for June 24.", {("Cole Dunn", "2024-06-24")}),
    ],
)
def test_an_event_told_before_a_judge_concerns_every_defendant_just_told(
    last: str, expected: set
) -> None:
    text = (
        "Ivy Marsh, 32, and Cole Dunn, 30, were indicted in the death of their son. "
        "Both have pleaded not guilty. " + last
    )
    trials = {(p, d) for p, k, d in court_of(text) if k == "trial"}
    assert trials == expected


def test_a_courthouse_is_a_place_not_a_person() -> None:
    text = CHARGED + "Sentencing is set for May 20 in the Antelope Valley Courthouse."
    assert court_of(text) == {("Marcus Dell", "sentencing", "2024-05-20")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The share of a bond is "10% of" the bond, which is named.
        (
            CHARGED + "He was released Wednesday after posting 10% of his $250,000 bond.",
            {("Marcus Dell", 250000, "posted")},
        ),
        # The amount before "was later reduced" was the bond set.
        (
            CHARGED + "Dell was held on $1 million bond, which was later reduced to $250,000.",
            {("Marcus Dell", 1000000, "set"), ("Marcus Dell", 250000, "reduced")},
        ),
        # "..., which he posted": the amount just set, posted.
        (
            CHARGED + "A judge set his bond at $50,000, which he posted Wednesday.",
            {("Marcus Dell", 50000, "set"), ("Marcus Dell", 50000, "posted")},
        ),
        # A sum of bonds is a bond; "or less" makes a range.
        (
            CHARGED + "Dell is held on bonds totaling $350,000.",
            {("Marcus Dell", 350000, "set")},
        ),
        (
            CHARGED + "The law allows release on bonds totaling $5,000 or less.",
            set(),
        ),
        # Released on a bond: posted, with the day between the words.
        (
            CHARGED + "Dell was released Wednesday on a $100,000 bond with GPS monitoring.",
            {("Marcus Dell", 100000, "posted")},
        ),
        # Bail refused, federal detention, bail made or changed in other words.
        (
            CHARGED + "Dell is being held without the possibility of bail.",
            {("Marcus Dell", None, "denied")},
        ),
        (
            CHARGED + "The judge refused to set bail for Dell.",
            {("Marcus Dell", None, "denied")},
        ),
        (
            CHARGED + "A federal magistrate ordered Dell detained Wednesday.",
            {("Marcus Dell", None, "denied")},
        ),
        (
            CHARGED + "Dell was freed on $50,000 bail Wednesday.",
            {("Marcus Dell", 50000, "posted")},
        ),
        (
            CHARGED + "Dell bailed out of jail Wednesday.",
            {("Marcus Dell", None, "posted")},
        ),
        (
            CHARGED + "Dell's bail was dropped to $100,000.",
            {("Marcus Dell", 100000, "reduced")},
        ),
        (
            CHARGED + "A judge doubled Dell's bond to $1 million.",
            {("Marcus Dell", 1000000, "raised")},
        ),
        (
            CHARGED + "Dell is jailed on a no-bond hold.",
            {("Marcus Dell", None, "denied")},
        ),
    ],
)
def test_bond_wordings_of_release_and_change(text: str, expected: set) -> None:
    assert bonds_of(text) == expected


def test_a_term_in_years_and_months_is_one_term() -> None:
    terms = facts_of(
        "SentenceImposed", CHARGED + "Dell was sentenced to 11 years and eight months."
    )
    assert [(t["kind"], t["years"]) for t in terms] == [("prison", 11.6667)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An event put off is held on the day it was put off to ...
        (
            CHARGED + "Dell was scheduled to be arraigned Wednesday, but the hearing was "
            "postponed until April 2.",
            {("Marcus Dell", "arraignment", "2024-04-02")},
        ),
        # ... unless another event told between them is the one put off.
        (
            CHARGED + "Dell appeared Monday in a Fairview courtroom, where his arraignment was "
            "postponed to April 2.",
            {
                ("Marcus Dell", "appearance", "2024-03-11"),
                ("Marcus Dell", "arraignment", "2024-04-02"),
            },
        ),
        # A court date told without its year lies within half a year of the report.
        (
            CHARGED + "Dell returns to court on Aug. 1 for a status hearing.",
            {("Marcus Dell", "hearing", "2024-08-01")},
        ),
        (
            CHARGED + "Dell was arraigned on Jan. 10, 2023.",
            {("Marcus Dell", "arraignment", "2023-01-10")},
        ),
        # A weekday lies in the report's week: a session to come is the next one, whatever
        # word tells it is ahead, and a time of day before it ends no clause.
        (
            CHARGED + "Dell will be arraigned Tuesday.",
            {("Marcus Dell", "arraignment", "2024-03-19")},
        ),
        (
            CHARGED + "His arraignment is set for 9 a.m. Friday.",
            {("Marcus Dell", "arraignment", "2024-03-15")},
        ),
        (
            CHARGED + "A hearing is set for 10 a.m. Tuesday in Fairview District Court.",
            {("Marcus Dell", "hearing", "2024-03-19")},
        ),
        (
            CHARGED + "Dell was arraigned Tuesday.",
            {("Marcus Dell", "arraignment", "2024-03-12")},
        ),
    ],
)
def test_court_dates(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # A session still to come, though undated, is another than the arraignment told ...
        (
            "Dell pleaded not guilty at his arraignment Tuesday. His next court date is next month.",
            {
                ("Marcus Dell", "arraignment", "2024-03-12"),
                ("Marcus Dell", "plea", "2024-03-12"),
                ("Marcus Dell", "appearance", None),
            },
        ),
        # ... while an undated appearance told after it is that session told again.
        (
            "Dell pleaded not guilty at his arraignment Tuesday. He appeared by video from the jail.",
            {("Marcus Dell", "arraignment", "2024-03-12"), ("Marcus Dell", "plea", "2024-03-12")},
        ),
    ],
)
def test_an_undated_session_to_come(told: str, expected: set) -> None:
    assert court_of(CHARGED + told) == expected


def test_a_competency_hearing_is_one_hearing() -> None:
    assert court_of(CHARGED + "A competency hearing is set for April 8.") == {
        ("Marcus Dell", "hearing", "2024-04-08")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A case put off to a day is the next mention, an appearance, as Commonwealth courts
        # list it.
        (
            "Ivo Renn, 45, was charged with fraud. The matter was adjourned to April 22.",
            {("Ivo Renn", "appearance", "2024-04-22")},
        ),
        (
            "Ivo Renn, 45, was charged with fraud. His case was postponed until 9 May for "
            "further inquiries.",
            {("Ivo Renn", "appearance", "2024-05-09")},
        ),
        # Near misses: put off for a bail application, or continued, is a hearing.
        (
            "Ivo Renn, 45, was charged with fraud. The case was postponed to 9 May for a "
            "formal bail application.",
            {("Ivo Renn", "hearing", "2024-05-09")},
        ),
        (
            "Ivo Renn, 45, was charged with fraud. His case was continued to April 22.",
            {("Ivo Renn", "hearing", "2024-04-22")},
        ),
    ],
)
def test_a_case_adjourned_to_a_day(text: str, expected: set) -> None:
    assert court_of(text) == expected
