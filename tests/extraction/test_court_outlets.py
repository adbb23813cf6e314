"""Court events, sentences and arrests as British and Commonwealth outlets word them, a date
told in another event's clause, and times that date the telling rather than the crime, on
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in, bonds_of, court_of, facts_of


def sentences_of(text: str) -> set[tuple[str | None, str, float | None]]:
    return {(f["person"], f["kind"], f["years"]) for f in facts_of("SentenceImposed", text)}


def arrests_of(text: str) -> set[tuple[str | None, str | None, bool]]:
    return {(f["person"], f["date"], f["prior"]) for f in facts_of("ArrestMade", text)}


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
        (
            "Owen Pratley, 34, of Bradfield, has been jailed for four years for arson.",
            {("Owen Pratley", "prison", 4)},
        ),
        (
            "Owen Pratley, 34, was jailed for 18 months at Bradfield Crown Court.",
            {("Owen Pratley", "prison", 1.5)},
        ),
        ("Owen Pratley, 34, was jailed for life.", {("Owen Pratley", "life", None)}),
        # Near miss: what he could be jailed for is no sentence.
        ("Owen Pratley, 34, could be jailed for four years if convicted of arson.", set()),
    ],
)
def test_jailed_for_a_term_is_a_sentence(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


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
        (
            "Nora Quell, 58, was sentenced to five years in prison for fraud. The judge also "
            "ordered her to pay a $5,000 fine.",
            {("Nora Quell", "prison", 5), ("Nora Quell", "other", None)},
        ),
        # Near miss: a fine asked for is not imposed.
        (
            "Nora Quell, 58, was sentenced to five years in prison for fraud. Prosecutors had "
            "asked the judge to order her to pay a $5,000 fine.",
            {("Nora Quell", "prison", 5)},
        ),
    ],
)
def test_ordered_to_pay_names_the_one_ordered(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


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
        (
            "Tia Hart, 24, was sentenced to 90 days in jail. The judge also ordered 200 hours "
            "of community service.",
            {("Tia Hart", "jail", 0.25), ("Tia Hart", "other", None)},
        ),
        # Near miss: hours a lawyer asked for are not imposed.
        (
            "Tia Hart, 24, was sentenced to 90 days in jail. Her lawyer asked for 200 hours of "
            "community service instead.",
            {("Tia Hart", "jail", 0.25)},
        ),
    ],
)
def test_community_service_ordered(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


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
        (
            "Dev Tallis, 30, was sentenced to 15 years to life. The judge added three years "
            "for a firearm specification.",
            {("Dev Tallis", "life", 15), ("Dev Tallis", "prison", 3)},
        ),
        # Near miss: what the judge added in words is no term.
        (
            "Dev Tallis, 30, was sentenced to 15 years to life. The judge added that three "
            "years of his life were spent in jail awaiting trial.",
            {("Dev Tallis", "life", 15)},
        ),
    ],
)
def test_a_term_added(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hearing that will be scheduled is no session yet.
        (
            "Rosa Nill, 44, is charged with manslaughter. Her next court date is March 28, "
            "when a preliminary hearing will be scheduled.",
            {("Rosa Nill", "appearance", "2024-03-28")},
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
        # The month May is no modal.
        (
            "On May 24, 2023, Willa Marsh was sentenced to six years in federal prison.",
            {("Willa Marsh", "prison", 6)},
        ),
        # Near miss: the modal is.
        ("Willa Marsh may be sentenced to six years in federal prison.", set()),
    ],
)
def test_the_month_may(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


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


def test_a_year_before_a_noun_names_only_that_noun_as_earlier() -> None:
    # The hearing is the case's; only "a 2016 state conviction" is an earlier matter.
    text = (
        "Rex Abbott, 38, was arrested Tuesday. At a detention hearing in federal court on "
        "Wednesday, the judge said Abbott was dangerous, pointing to a 2016 state conviction "
        "for trafficking."
    )
    assert court_of(text) == {("Rex Abbott", "hearing", "2024-03-13")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year before "to" is no range.
        (
            "Ivy Chen, 42, pleaded guilty in December 2023 and was sentenced on Feb. 25, 2024 "
            "to 46 months in prison.",
            {("Ivy Chen", "prison", 3.83)},
        ),
        # Near miss: a range is its lower bound.
        (
            "Ivy Chen, 42, was sentenced to 20 to 46 months in prison.",
            {("Ivy Chen", "prison", 1.67)},
        ),
        # A total told after its parts is the term.
        (
            "The judge ordered Ivy Chen to serve four years on the robbery count and three "
            "years on the gun specification, which must be served first, for a total of "
            "seven years.",
            {("Ivy Chen", "prison", 7)},
        ),
        # Near miss: terms with no total are each a term.
        (
            "The judge ordered Ivy Chen to serve four years in prison and three years of "
            "probation.",
            {("Ivy Chen", "prison", 4), ("Ivy Chen", "probation", 3)},
        ),
    ],
)
def test_years_totals_and_ranges(text: str, expected: set) -> None:
    assert {(p, k, round(y, 2) if y else y) for p, k, y in sentences_of(text)} == expected


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
        (
            "Rhea Pell, 55, was sentenced to three years in prison. She was also ordered to pay "
            "$412,318 in restitution to the victim.",
            {("Rhea Pell", "prison", 3), ("Rhea Pell", "other", None)},
        ),
        # Near miss: restitution sought is not ordered.
        (
            "Rhea Pell, 55, was sentenced to three years in prison. Prosecutors sought "
            "$412,318 in restitution.",
            {("Rhea Pell", "prison", 3)},
        ),
    ],
)
def test_restitution_ordered(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


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


_JUVENILE = (
    "Tom Reid, 20, was sentenced Thursday to seven years in prison for a carjacking. The "
    "second suspect, a 15-year-old boy, was adjudicated delinquent in juvenile court in "
    "December. Court records show he was committed to the Ohio Department of Youth Services "
    "until his 21st birthday."
)


def test_an_unnamed_minor_adjudicated_and_committed() -> None:
    assert court_of(_JUVENILE) == {
        ("Tom Reid", "sentencing", "2024-03-14"),
        (None, "other", None),
    }
    assert sentences_of(_JUVENILE) == {("Tom Reid", "prison", 7), (None, "other", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "carrying a weapon" is an offence, not a term carried.
        (
            "Tom Reid, 20, admitted to charges of making threats and carrying a weapon, and a "
            "judge placed him on probation for two years.",
            {("Tom Reid", "probation", 2)},
        ),
        # Near miss: what a charge carries is no sentence.
        (
            "Tom Reid, 20, admitted to a charge that carries a maximum of two years in prison.",
            set(),
        ),
    ],
)
def test_carrying_a_weapon_is_no_prospect(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Pratt, 33, was sentenced to life on Friday for the killing.",
            {("Ada Pratt", "life", None)},
        ),
        (
            "Ada Pratt, 33, was sentenced to life for the murder of her husband.",
            {("Ada Pratt", "life", None)},
        ),
        # Near miss: a life fought for is no term.
        (
            "Ada Pratt, 33, was charged with murder. Her victim fought for his life for hours.",
            set(),
        ),
        # A term in a year before the case is of an earlier matter ("in 2018 for assault" is
        # not "the 2018 assault").
        (
            "Ada Pratt, 33, was jailed for six months in 2018 for assault, court records show. "
            "She is now charged with murder.",
            set(),
        ),
    ],
)
def test_life_told_bare_and_terms_long_ago(text: str, expected: set) -> None:
    assert sentences_of(text) == expected


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
