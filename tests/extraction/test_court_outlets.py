"""Court events as British, Commonwealth, federal and juvenile courts word them, whose event
each is, and the day a sentence gives it, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrests_of, court_of, facts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An appearance told by the court it was made at.
        (
            "Owen Pratley, 34, was charged with murder. He appeared at Bradfield Magistrates' "
            "Court on Wednesday and was remanded in custody.",
            {("Owen Pratley", "appearance", "2024-03-13")},
        ),
        (
            "Owen Pratley, 34, was charged with murder. He will appear at Bradfield Crown Court "
            "on Friday.",
            {("Owen Pratley", "appearance", "2024-03-15")},
        ),
        # Near miss: a news conference outside the court is no session of his.
        (
            "Owen Pratley, 34, was charged with murder. His sister appeared at a news "
            "conference outside the court on Wednesday.",
            set(),
        ),
        # A charge admitted or denied in court is a plea.
        (
            "Owen Pratley, 34, was charged with arson. Pratley admitted arson at an earlier "
            "hearing.",
            {("Owen Pratley", "plea", None)},
        ),
        (
            "Owen Pratley, 34, was charged with murder. Pratley denied murder at Bradfield Crown "
            "Court on Monday.",
            {("Owen Pratley", "plea", "2024-03-11")},
        ),
        # Near misses: what he admitted to the police, and bail denied in court.
        (
            "Owen Pratley, 34, was charged with arson. Police said Pratley admitted setting the "
            "fire.",
            set(),
        ),
        (
            "Owen Pratley, 34, was charged with arson. Pratley was denied bail in court.",
            set(),
        ),
    ],
)
def test_british_court_wording(text: str, expected: set) -> None:
    assert court_of(text) == expected


def test_admitted_and_denied_say_what_was_pleaded() -> None:
    text = (
        "Owen Pratley, 34, was charged with arson and theft. Pratley admitted theft at a "
        "hearing on Monday. He denied arson at the same court on Tuesday."
    )
    pleas = {f["date"] for f in facts_of("CourtEventReported", text) if f["kind"] == "plea"}
    assert pleas == {"2024-03-11", "2024-03-12"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The date after another event in a clause of its own is that event's.
        (
            "Gil Varner, 52, pleaded not guilty to arson. A preliminary hearing is scheduled "
            "for next week, and he is due back in court April 12.",
            {
                ("Gil Varner", "plea", None),
                ("Gil Varner", "hearing", None),
                ("Gil Varner", "appearance", "2024-04-12"),
            },
        ),
        # Near miss: two events in one clause share the date told after both.
        (
            "Gil Varner, 52, was charged with arson. He is scheduled to be arraigned and to "
            "enter a plea on April 12.",
            {("Gil Varner", "arraignment", "2024-04-12"), ("Gil Varner", "plea", "2024-04-12")},
        ),
    ],
)
def test_a_date_in_another_events_clause(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two sessions of one kind in one sentence, each with its own day.
        (
            "Gil Varner, 52, was charged with arson. His probable cause conference is set for "
            "March 20, with a preliminary examination March 27.",
            {("Gil Varner", "hearing", "2024-03-20"), ("Gil Varner", "hearing", "2024-03-27")},
        ),
        # Near miss: the same session told twice is one.
        (
            "Gil Varner, 52, was charged with arson. A bond hearing is set for March 20, and "
            "his lawyer said he will ask for a lower bond at that hearing.",
            {("Gil Varner", "hearing", "2024-03-20")},
        ),
        # A judge's ruling on whether he can be tried, and a trial given its day by the
        # judge: a day set that reads as weeks back is the coming year's.
        (
            "Gil Varner, 52, was charged with arson. A judge ruled Monday that the man accused "
            "of setting the fire is competent to stand trial. The judge set Varner's trial "
            "for Jan. 10.",
            {("Gil Varner", "other", "2024-03-11"), ("Gil Varner", "trial", "2025-01-10")},
        ),
        # Near miss: a day told of a past session stays in its year.
        (
            "Gil Varner, 52, was charged with arson. Varner was arraigned Jan. 10.",
            {("Gil Varner", "arraignment", "2024-01-10")},
        ),
        # A bail application denied at a hearing is no plea.
        (
            "Gil Varner, 52, was charged with arson. A judge denied Varner's bail application "
            "at a hearing on Monday.",
            {("Gil Varner", "hearing", "2024-03-11")},
        ),
    ],
)
def test_sessions_and_their_days(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hearing that will be scheduled is no session yet.
        (
            "Rosa Nill, 44, is charged with manslaughter. Her next court date is March 28, "
            "when a preliminary hearing will be scheduled.",
            {("Rosa Nill", "appearance", "2024-03-28")},
        ),
        # ... nor one that could be set (a possibility)
        (
            "Rosa Nill, 44, is charged with manslaughter. Her lawyer said a change-of-plea "
            "hearing could be set for May.",
            set(),
        ),
        # Near miss: a hearing scheduled is one.
        (
            "Rosa Nill, 44, is charged with manslaughter. A preliminary hearing is scheduled "
            "for March 28.",
            {("Rosa Nill", "hearing", "2024-03-28")},
        ),
    ],
)
def test_a_hearing_yet_to_be_scheduled(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative in court is no session of the defendant's.
        (
            "Gary Hollis, 61, was charged with murder. His brother said the family will be "
            "in court Monday.",
            set(),
        ),
        # Near miss: the defendant will be.
        (
            "Gary Hollis, 61, was charged with murder. He will be in court Monday.",
            {("Gary Hollis", "appearance", "2024-03-18")},
        ),
    ],
)
def test_who_will_be_in_court(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Willa Marsh, 30, was charged with fraud. On May 2 she pleaded not guilty.",
            # (A session held, told with a day that reads as after the report, was last year.)
            {("Willa Marsh", "plea", "2023-05-02")},
        ),
        (
            "Willa Marsh, 30, was charged with fraud. She may plead not guilty.",
            set(),
        ),
    ],
)
def test_the_month_may_in_court(text: str, expected: set) -> None:
    assert court_of(text) == expected


_LISTED = (
    "Three people have been indicted in a fraud scheme.\n\n"
    "The following defendants were indicted on March 5, 2024 and arrested on March 12, 2024:\n\n"
    "- Rex Abbott, 38, of Lowell, charged with wire fraud;\n"
    "- Ivy Chen, 29, of Salem, charged with wire fraud; and\n"
    "- Omar Diaz, 41, of Dover, charged with money laundering.\n\n"
    "The defendants appeared in federal court on March 12, 2024."
)


def test_a_lead_in_gives_its_events_to_the_bulleted_defendants() -> None:
    assert {(p, d) for p, d, _ in arrests_of(_LISTED)} == {
        ("Rex Abbott", "2024-03-12"),
        ("Ivy Chen", "2024-03-12"),
        ("Omar Diaz", "2024-03-12"),
    }
    indicted = {(p, d) for p, k, d in court_of(_LISTED) if k == "indictment"}
    assert indicted == {
        ("Rex Abbott", "2024-03-05"),
        ("Ivy Chen", "2024-03-05"),
        ("Omar Diaz", "2024-03-05"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plea told with its own time, then a sentencing set for a day: the day is the
        # sentencing's.
        (
            "Ivy Chen, 30, pleaded guilty in January to fraud and is scheduled to be sentenced "
            "on April 8.",
            {("Ivy Chen", "plea", None), ("Ivy Chen", "sentencing", "2024-04-08")},
        ),
        # A session held, then one still to come ("and is scheduled", "and will be", "and is
        # due back"): the day is the coming one's, never the held one's.
        (
            "Ivy Chen, 30, pleaded guilty to fraud and is scheduled to be sentenced Aug. 12.",
            {("Ivy Chen", "plea", None), ("Ivy Chen", "sentencing", "2024-08-12")},
        ),
        (
            "Ivy Chen was convicted of fraud and will be sentenced on June 3.",
            {("Ivy Chen", "sentencing", "2024-06-03"), ("Ivy Chen", "trial", None)},
        ),
        (
            "Ivy Chen was arraigned on a fraud charge and is due back in court April 2.",
            {("Ivy Chen", "arraignment", None), ("Ivy Chen", "appearance", "2024-04-02")},
        ),
        # Near miss: two events told with one day share it.
        (
            "Ivy Chen, 30, entered a plea and was sentenced to five years in prison on Monday.",
            {("Ivy Chen", "plea", "2024-03-11"), ("Ivy Chen", "sentencing", "2024-03-11")},
        ),
    ],
)
def test_a_day_after_and_a_second_verb(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An unnamed co-defendant told by an age the named one does not have.
        (
            "Tad Reese, 19, and a 15-year-old boy were arrested Monday. The 15-year-old "
            "appeared Tuesday in juvenile court, where he denied a charge of robbery, the "
            "juvenile equivalent of a not-guilty plea.",
            {(None, "appearance", "2024-03-12")},
        ),
        # Near miss: the age of the named one is his.
        (
            "Tad Reese, 19, was arrested Monday. The 19-year-old appeared Tuesday in court.",
            {("Tad Reese", "appearance", "2024-03-12")},
        ),
    ],
)
def test_an_unnamed_codefendant_told_by_age(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The verb "hearing" is no session.
        (
            "Jed Vance, 34, was convicted of murder. After hearing punishment evidence Friday, "
            "the jury sentenced Vance to life in prison.",
            {("Jed Vance", "sentencing", "2024-03-08")},
        ),
        # Near miss: the noun is.
        (
            "Jed Vance, 34, was charged with murder. After a hearing Friday, the judge kept his "
            "bond at $1 million.",
            {("Jed Vance", "hearing", "2024-03-08")},
        ),
        (
            "Jed Vance, 34, was charged with theft. A dispositional conference is scheduled for "
            "April 12.",
            {("Jed Vance", "hearing", "2024-04-12")},
        ),
    ],
)
def test_hearing_the_verb_and_conferences(text: str, expected: set) -> None:
    assert {e for e in court_of(text) if e[1] != "trial"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A session in juvenile court is the unnamed minor's, not his named father's.
        (
            "Dale Horn, 44, was charged with child cruelty after his son, 16, took a gun to "
            "school. A detention hearing in juvenile court was held Wednesday.",
            {(None, "hearing", "2024-03-13")},
        ),
        (
            "Dale Horn, 44, was charged with child cruelty. The teen's case was handled in "
            "juvenile court. Last week, he admitted to charges of making threats.",
            {(None, "plea", None)},
        ),
        # Near miss: an adult's own session, in an adult court.
        (
            "Dale Horn, 44, was charged with child cruelty. A detention hearing was held "
            "Wednesday.",
            {("Dale Horn", "hearing", "2024-03-13")},
        ),
    ],
)
def test_juvenile_court_sessions(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dale Horn, 44, was charged with theft. He admitted to the charges Monday.",
            {("Dale Horn", "plea", "2024-03-11")},
        ),
        # Near miss: what he admitted to the police.
        (
            "Dale Horn, 44, was charged with theft. He admitted to police that he took the car.",
            set(),
        ),
    ],
)
def test_admitting_the_charges(text: str, expected: set) -> None:
    assert court_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A session told in the present that lies ahead takes the coming weekday.
        (
            "Ian Cole, 31, was charged with robbery. Jury selection in Cole's trial begins Monday.",
            {("Ian Cole", "trial", "2024-03-18")},
        ),
        # Near miss: one that began is the past weekday's.
        (
            "Ian Cole, 31, was charged with robbery. Jury selection in Cole's trial began Monday.",
            {("Ian Cole", "trial", "2024-03-11")},
        ),
    ],
)
def test_a_session_that_begins(text: str, expected: set) -> None:
    assert court_of(text) == expected


def test_a_year_before_a_noun_names_only_that_noun_as_earlier() -> None:
    # The hearing is the case's; only "a 2016 state conviction" is an earlier matter.
    text = (
        "Rex Abbott, 38, was arrested Tuesday. At a detention hearing in federal court on "
        "Wednesday, the judge said Abbott was dangerous, pointing to a 2016 state conviction "
        "for trafficking."
    )
    assert court_of(text) == {("Rex Abbott", "hearing", "2024-03-13")}
