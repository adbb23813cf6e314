"""SentenceImposed: what a court imposed, read from sentences written for these tests."""

from __future__ import annotations

import datetime
import re

import pytest

from casefile.extraction import extract_facts

PUBLISHED = datetime.date(2024, 3, 14)
LEAD = "Omar Reyes, 30, of Dayton, was charged with murder in the killing of Ann Lee. "


def sentences(text: str, published: datetime.date = PUBLISHED) -> set[tuple]:
    return {
        (f.fields["person"], f.fields["kind"], f.fields["years"])
        for f in extract_facts(text, published)
        if f.kind == "SentenceImposed"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reyes was sentenced to 25 years in prison.", {("prison", 25)}),
        ("Reyes was sentenced Tuesday to 25 years behind bars.", {("prison", 25)}),
        ("Reyes received life without parole.", {("life", None)}),
        (
            "Reyes was sentenced to life in prison without the possibility of parole.",
            {("life", None)},
        ),
        ("Reyes was sentenced to 25 years to life in prison.", {("life", 25)}),
        ("Reyes gets 40 years to life for the killing.", {("life", 40)}),
        (
            "Reyes received 10 years probation and 180 days in jail.",
            {("probation", 10), ("jail", 0.4932)},
        ),
        ("Reyes received a sentence of 18 months.", {("prison", 1.5)}),
        ("Reyes was sentenced to six months in county jail.", {("jail", 0.5)}),
        ("Reyes was sentenced to three years' probation.", {("probation", 3)}),
        (
            "Reyes was fined $500 and ordered to perform 40 hours of community service.",
            {("other", None)},
        ),
        ("Reyes was sentenced to two and a half years in prison.", {("prison", 2.5)}),
        ("Reyes was sentenced to death.", {("death", None)}),
        ("Reyes received a 22-year prison term.", {("prison", 22)}),
        (
            "Reyes was sentenced to 12 years in prison and ordered to pay a $1,000 fine.",
            {("prison", 12), ("other", None)},
        ),
        ("Reyes received a five-year suspended sentence.", {("other", 5)}),
        (
            "Reyes was sentenced to 10 years in prison, with all but two years suspended.",
            {("prison", 2)},
        ),
        (
            "Reyes received three consecutive life sentences plus another 40 years.",
            {("life", None), ("prison", 40)},
        ),
        ("Reyes will spend seven months in the county jail.", {("jail", 0.5833)}),
        (
            "As part of a plea deal, Reyes was sentenced to 15 years in prison.",
            {("prison", 15)},
        ),
        (
            "Reyes was sentenced to 8 years in prison followed by 3 years of supervised release.",
            {("prison", 8), ("other", 3)},
        ),
        # Supervision after prison is no probation; Texas's "community supervision" is.
        (
            "Reyes was sentenced to 10 years in prison and five years of post-release supervision.",
            {("prison", 10), ("other", 5)},
        ),
        ("Reyes was given 10 years of community supervision.", {("probation", 10)}),
        # The crime's own year is not an earlier matter's.
        (
            "The man who shot and killed a clerk at a gas station in 2021 was sentenced Tuesday "
            "to 30 years in prison.",
            {("prison", 30)},
        ),
    ],
)
def test_a_sentence_the_court_imposed(text: str, expected: set[tuple]) -> None:
    assert sentences(LEAD + text) == {("Omar Reyes", kind, years) for kind, years in expected}


@pytest.mark.parametrize(
    "text",
    [
        # A maximum is not a sentence.
        "Reyes faces up to 20 years in prison if convicted.",
        "The charge carries a mandatory minimum sentence of five years.",
        "Reyes faced up to 20 years in prison.",
        # What prosecutors seek or a deal calls for is not imposed until the judge imposes it.
        "Prosecutors are seeking life in prison for Reyes.",
        "Prosecutors asked for consecutive life sentences.",
        "The plea deal calls for 15 years in prison.",
        "Under the plea agreement, Reyes will serve 15 years.",
        "Reyes pleaded guilty in exchange for a sentence of 12 years.",
        "Reyes is expected to be sentenced to 10 years in prison.",
        "Reyes could have been sentenced to 11 months in jail.",
        "Reyes is scheduled to be sentenced on May 2.",
        # A range, or a round figure, is no term.
        "Under the guidelines, Reyes could get 0-11 months in jail.",
        # An earlier case: criminal history, not this case.
        "Reyes had previously been sentenced to five years for robbery.",
        "In 2009, Reyes was sentenced to eight years in prison for a robbery.",
        "Reyes was released from prison in 2019 after serving a 10-year sentence.",
        # Time, ages and deaths are not terms.
        "The sentence was handed down two days after the verdict.",
        "Judge Ray Moss, a 20-year veteran of the bench, said Reyes took her life.",
        "Ann Lee was stabbed to death three years ago.",
    ],
)
def test_no_sentence_where_none_was_imposed(text: str) -> None:
    assert sentences(LEAD + text) == set()


def test_the_judge_sentences_the_defendant_named_after_the_verb() -> None:
    text = LEAD + "Judge Ray Moss sentenced 30-year-old Omar Reyes to 30 years in prison."
    assert sentences(text) == {("Omar Reyes", "prison", 30)}


def test_each_of_two_defendants_gets_their_own_term() -> None:
    text = (
        "Omar Reyes, 30, and Ivy Marsh, 22, were charged with murder. Omar Reyes, the father, "
        "was sentenced to 32 years to life in prison, while Ivy Marsh, the mother, received a "
        "22-year prison term."
    )
    assert sentences(text) == {("Omar Reyes", "life", 32), ("Ivy Marsh", "prison", 22)}


def test_they_stand_for_the_defendants_named_together_before() -> None:
    text = (
        "Omar Reyes and Ivy Marsh pleaded guilty to arson on Thursday. They each received "
        "sentences of 5 years on probation and $500 fines."
    )
    assert sentences(text) == {
        ("Omar Reyes", "probation", 5),
        ("Ivy Marsh", "probation", 5),
        ("Omar Reyes", "other", None),
        ("Ivy Marsh", "other", None),
    }


def test_a_pronoun_after_the_defendant_was_named_sentenced_is_that_defendant() -> None:
    text = (
        "Omar Reyes received 10 years probation for the crash. On top of probation, Judge Ray "
        "Moss tacked on 90 days in jail. He will also have to pay a $2,000 fine."
    )
    assert sentences(text) == {
        ("Omar Reyes", "probation", 10),
        ("Omar Reyes", "jail", 0.2466),
        ("Omar Reyes", "other", None),
    }


def test_the_quote_holds_the_term() -> None:
    text = LEAD + "On Friday, Reyes was sentenced to 25 years in prison, the prosecutor said."
    [fact] = [f for f in extract_facts(text, PUBLISHED) if f.kind == "SentenceImposed"]
    assert "25 years" in fact.evidence.quote
    assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.quote


def test_a_sentence_of_an_earlier_year_in_an_old_report_is_no_earlier_matter() -> None:
    text = LEAD + "In 2009, Reyes was sentenced to eight years in prison."
    assert sentences(text, datetime.date(2009, 6, 1)) == {("Omar Reyes", "prison", 8)}


def test_years_keep_four_decimals_so_days_stay_days() -> None:
    [(_person, _kind, years)] = sentences(LEAD + "Reyes was sentenced to 100 days in jail.")
    assert years == 0.274
    assert round(years * 365) == 100
    assert re.fullmatch(r"\d+\.\d{1,4}", str(years))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reyes was sentenced Thursday to serve 15 years in state prison.", {("prison", 15)}),
        ("A judge gave Reyes 20 years behind bars.", {("prison", 20)}),
        ("Reyes was handed a 30-year sentence.", {("prison", 30)}),
        ("Reyes gets 25 to life for the shooting.", {("life", 25)}),
        ("Reyes received a 15-years-to-life sentence.", {("life", 15)}),
        ("Reyes was placed on probation for five years.", {("probation", 5)}),
        ("Reyes was sentenced to 2 1/2 years in prison.", {("prison", 2.5)}),
        ("Reyes was sentenced to a decade in prison.", {("prison", 10)}),
        ("Reyes was sentenced to 41 months in federal prison.", {("prison", 3.4167)}),
        ("Reyes was sentenced to 10 years, suspended after four years.", {("prison", 4)}),
        ("Reyes was ordered to serve 90 days in jail.", {("jail", 0.2466)}),
        ("Reyes will spend the rest of his life in prison.", {("life", None)}),
        ("Reyes was sentenced to six months of house arrest.", {("other", 0.5)}),
        (
            "Reyes was sentenced to 15 years in prison and 10 years of extended supervision.",
            {("prison", 15), ("other", 10)},
        ),
        (
            "Reyes was sentenced to 10 years for robbery and 5 years for assault.",
            {("prison", 10), ("prison", 5)},
        ),
        ("Reyes was sentenced on Friday to 30 years for a shooting in 2019.", {("prison", 30)}),
        ("Reyes faced up to 40 years, but was sentenced to 12 years.", {("prison", 12)}),
        ("Reyes, who faced up to 40 years, was sentenced to 12 years.", {("prison", 12)}),
        (
            "Reyes, who previously pleaded guilty to robbery, was sentenced to 6 years in prison.",
            {("prison", 6)},
        ),
        (
            "Reyes, who previously served 10 years for a robbery, was sentenced to 30 years.",
            {("prison", 30)},
        ),
    ],
)
def test_more_ways_to_word_a_sentence(text: str, expected: set[tuple]) -> None:
    assert sentences(LEAD + text) == {("Omar Reyes", kind, years) for kind, years in expected}


@pytest.mark.parametrize(
    "text",
    [
        "Reyes is serving a life sentence for an unrelated murder.",
        "Reyes was sentenced to 4 years in prison for a burglary, the Gazette previously reported.",
        "Reyes was sentenced to 20 years in prison in 2005 for a robbery.",
        "Reyes received a 10-year sentence in 2008 for armed robbery.",
        "Reyes was sentenced to 8 years for a robbery and was paroled in 2015.",
        "Offenders convicted of robbery receive an average of 6 years in prison.",
        "In a similar case, Ray Hall was sentenced to 10 years in prison.",
        "The jury recommended a death sentence for Reyes.",
        "Reyes will serve 25 years before he is eligible for parole if the deal is approved.",
        "A judge would give Reyes 10 years under the plea offer.",
    ],
)
def test_more_that_was_not_imposed_in_this_case(text: str) -> None:
    assert sentences(LEAD + text) == set()


def test_a_day_of_the_month_before_to_life_is_no_term() -> None:
    text = LEAD + "Reyes was sentenced on Friday, Nov. 15 to life in prison without parole."
    assert sentences(text) == {("Omar Reyes", "life", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A jury sentenced Reyes to death on Friday.", {("Omar Reyes", "death", None)}),
        ("Reyes was sentenced for stabbing Lee to death.", set()),
        (
            "Reyes was sentenced to 180 days in jail with credit for 45 days served.",
            {("Omar Reyes", "jail", 0.4932)},
        ),
        ("The judge ordered Reyes to serve 6 months in jail.", {("Omar Reyes", "jail", 0.5)}),
        (
            "Reyes was sentenced to 17 years; his co-defendant, Ray Hall, received 9 years.",
            {("Omar Reyes", "prison", 17), ("Ray Hall", "prison", 9)},
        ),
        ("Reyes agreed to serve 10 years as part of a plea deal.", set()),
    ],
)
def test_whom_and_what(text: str, expected: set[tuple]) -> None:
    assert sentences(LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reyes was sentenced to probation.", {("probation", None)}),
        ("Reyes received probation and a $300 fine.", {("probation", None), ("other", None)}),
        ("Reyes was placed on probation for two years.", {("probation", 2)}),
        ("Reyes got probation.", {("probation", None)}),
        # Home confinement is no jail term, however it is introduced.
        (
            "Reyes was sentenced to five years of probation, the first six months on home "
            "confinement.",
            {("probation", 5), ("other", 0.5)},
        ),
        ("Reyes was sentenced to six months in jail.", {("jail", 0.5)}),
        ("Reyes was arrested for violating his probation.", set()),
    ],
)
def test_probation_without_a_term(text: str, expected: set[tuple]) -> None:
    assert sentences(LEAD + text) == {("Omar Reyes", kind, years) for kind, years in expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An indeterminate term is its lower bound, as "25 years to life" is.
        ("Reyes was sentenced to 12 to 20 years in prison.", {("prison", 12)}),
        ("Reyes was sentenced to eight to 20 years in prison.", {("prison", 8)}),
        ("Reyes was sentenced to 12 to 24 months in the county jail.", {("jail", 1)}),
        # A change of a term, a guideline range and a maximum are none.
        ("A judge later cut the sentence from 15 to 10 years.", set()),
        ("Under the guidelines, Reyes could get 12 to 18 months in prison.", set()),
        ("Reyes faces 15 to 30 years in prison at sentencing.", set()),
    ],
)
def test_an_indeterminate_term(text: str, expected: set[tuple]) -> None:
    assert sentences(LEAD + text) == {("Omar Reyes", kind, years) for kind, years in expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The judge, named by title once and by surname after, imposes: the term is the
        # defendant's, and a term suspended in the same breath is no prison term.
        (
            "Judge Ann Cole presided. Cole imposed a five-year prison sentence but suspended it.",
            {("Omar Reyes", "other", 5)},
        ),
        (
            "Judge Ann Cole presided. Cole imposed a five-year prison sentence.",
            {("Omar Reyes", "prison", 5)},
        ),
    ],
)
def test_the_judge_imposes(text: str, expected: set[tuple]) -> None:
    assert sentences(LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A term split between custody and probation is two.
        (
            "Reyes was sentenced to 25 years, with the first 15 to be served in prison and "
            "the rest on probation.",
            {("prison", 15), ("probation", 10)},
        ),
        (
            "Reyes was sentenced to 20 years, serving 10 in prison and the remainder on probation.",
            {("prison", 10), ("probation", 10)},
        ),
        ("Reyes was sentenced to 20 years, to serve eight in prison.", {("prison", 8)}),
        # Near misses: no custody part named, or one longer than the whole.
        ("Reyes was sentenced to 20 years, the first he has received.", {("prison", 20)}),
        ("Reyes was sentenced to 5 years, to serve 10 in prison.", {("prison", 5)}),
    ],
)
def test_a_split_term(text: str, expected: set[tuple]) -> None:
    assert sentences(LEAD + text) == {("Omar Reyes", kind, years) for kind, years in expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A term told bare and then with its length is one term.
        (
            "Reyes gets probation. Reyes was sentenced Tuesday to two years of probation.",
            {("probation", 2)},
        ),
        (
            "Reyes gets life. Reyes was sentenced Tuesday to 25 years to life in prison.",
            {("life", 25)},
        ),
        # Bare terms of their own kind stay; a fine beside a restitution order stays.
        (
            "Reyes was sentenced to probation and ordered to pay a $500 fine.",
            {("probation", None), ("other", None)},
        ),
    ],
)
def test_a_term_told_bare_and_with_its_length(text: str, expected: set[tuple]) -> None:
    assert sentences(LEAD + text) == {("Omar Reyes", kind, years) for kind, years in expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "parole after" a clause is no prospect of parole; "parole after 25 years" is.
        (
            "Reyes was sentenced to two consecutive life terms without the possibility of "
            "parole after a jury convicted him in November.",
            {("life", None)},
        ),
        ("Reyes will be eligible for parole after 25 years.", set()),
        ("Reyes could be eligible for parole in 20 years.", set()),
    ],
)
def test_parole_after_a_clause(text: str, expected: set[tuple]) -> None:
    assert sentences(LEAD + text) == {("Omar Reyes", kind, years) for kind, years in expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Time credited is no term.
        (
            "Reyes was sentenced to 180 days in jail. Judge Ann Cole gave him credit for the 62 "
            "days he has already served.",
            {("jail", 0.4932)},
        ),
        # Probation a judge puts someone on.
        ("Judge Ann Cole also put Reyes on two years of probation.", {("probation", 2)}),
        ("Judge Ann Cole put him on probation for four years.", {("probation", 4)}),
        # Near miss: put on leave.
        ("Judge Ann Cole was put on leave for two years.", set()),
        # The suspended part of a term, as Irish and British courts give it, is no term of its
        # own.
        (
            "Judge Ann Cole sentenced Reyes to nine years in prison, with the final four years "
            "suspended on condition that he keep the peace.",
            {("prison", 9)},
        ),
        ("Reyes was sentenced to five years with the last 18 months suspended.", {("prison", 5)}),
        # A term suspending all but some of it is what is served, as "with all but" is.
        (
            "The judge gave Reyes a 12-year sentence, suspending all but four years.",
            {("prison", 4)},
        ),
        # One custody term told twice, once without saying where: the kind its words say.
        (
            "Reyes will spend 22 months behind bars. Judge Ann Cole sentenced him to 22 months in "
            "jail.",
            {("jail", 1.8333)},
        ),
    ],
)
def test_credit_probation_put_on_a_suspended_part_and_a_term_told_twice(
    text: str, expected: set[tuple]
) -> None:
    assert {(kind, years) for _, kind, years in sentences(LEAD + text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Fines and compensation in any currency.
        ("Reyes was fined £750 and ordered to pay £300 in compensation.", {("other", None)}),
        ("Reyes was ordered to pay a €1,500 fine.", {("other", None)}),
        # The orders British, Irish and Australian courts impose in place of custody.
        (
            "Reyes was given a community order and told to complete 120 hours of unpaid work.",
            {("other", None)},
        ),
        ("Reyes received a community payback order.", {("other", None)}),
        ("Reyes was handed an intensive correction order.", {("other", None)}),
        # A suspended sentence, not custody for the time it is suspended.
        ("Reyes was jailed for 16 months, suspended for two years.", {("other", 1.3333)}),
        # Near miss: an order of an earlier conviction.
        (
            "Reyes was jailed for three years. He had a previous conviction for theft, for which "
            "he received a community order.",
            {("prison", 3)},
        ),
    ],
)
def test_commonwealth_orders_and_fines_in_any_currency(text: str, expected: set[tuple]) -> None:
    assert {(kind, years) for _, kind, years in sentences(LEAD + text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The part of a term served before parole is no term of its own ...
        (
            "Reyes was sentenced to nine years' imprisonment with a non-parole period of six "
            "years.",
            {("prison", 9)},
        ),
        # ... and with life it is the life term's years.
        ("Reyes was jailed for life with a non-parole period of 22 years.", {("life", 22)}),
        # A Canadian conditional sentence is served in the community.
        ("Reyes received a two-year conditional sentence.", {("other", 2)}),
        # A term wholly suspended, as Irish courts give one.
        ("Reyes was sentenced to 10 months' imprisonment, wholly suspended.", {("other", 0.8333)}),
    ],
)
def test_parole_periods_conditional_and_wholly_suspended_terms(
    text: str, expected: set[tuple]
) -> None:
    assert {(kind, years) for _, kind, years in sentences(LEAD + text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Orders a court attaches to a sentence are kind other, with the years of a ban ...
        (
            "Judge Ann Cole sentenced him to 14 months in jail. She also imposed a five-year "
            "firearms prohibition.",
            {("jail", 1.1667), ("other", 5)},
        ),
        # ... which are no custody.
        (
            "Reyes was jailed for two years and banned from driving for four years.",
            {("prison", 2), ("other", 4)},
        ),
        ("Reyes must also register as a sex offender for life.", {("other", None)}),
        ("Reyes was disqualified from driving for 18 months.", {("other", 1.5)}),
        # a licence taken for life, with no years
        (
            "Judge Ann Cole sentenced him to 14 months in jail and suspended his driver's "
            "license for life.",
            {("jail", 1.1667), ("other", None)},
        ),
        # a Texas jury assesses punishment
        ("The jury also assessed a $10,000 fine.", {("other", None)}),
        ("The jury assessed punishment at 45 years in prison.", {("prison", 45)}),
        # near miss: assessed by a doctor is no punishment
        ("Reyes was assessed by a psychiatrist for two years.", set()),
        # an order named by what it forbids, and the years a registration lasts
        (
            "Judge Ann Cole sentenced him to 14 months in jail. She also imposed a 10-year "
            "order prohibiting him from coaching.",
            {("jail", 1.1667), ("other", 10)},
        ),
        (
            "Judge Ann Cole sentenced him to 14 months in jail and ordered him to register as "
            "a sex offender for 20 years.",
            {("jail", 1.1667), ("other", 20)},
        ),
        # Near miss: a ban no word imposes.
        ("Reyes has a 10-year weapons ban from an earlier case.", set()),
        # Near misses: a charge of failing to register, and a ban he only faces.
        ("Reyes was charged with failing to register as a sex offender.", set()),
        ("Reyes faces a 10-year driving ban if convicted.", set()),
    ],
)
def test_orders_attached_to_a_sentence(text: str, expected: set[tuple]) -> None:
    assert {(kind, years) for _, kind, years in sentences(LEAD + text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two subjects named together share the term told of both.
        (
            "Omar Reyes, 30, and Ivy Marsh, 22, were sentenced to 10 years in prison.",
            {("Omar Reyes", "prison", 10), ("Ivy Marsh", "prison", 10)},
        ),
        # Terms told "respectively": each one's in its place, each its own term.
        (
            "Omar Reyes, 30, and Ivy Marsh, 22, were sentenced to 87 months and 63 months in "
            "federal prison, respectively.",
            {("Omar Reyes", "prison", 7.25), ("Ivy Marsh", "prison", 5.25)},
        ),
        # Near miss: a term and a smaller unit after it are one term, with "and" or a comma.
        (
            "Omar Reyes was sentenced to 11 years and eight months in prison.",
            {("Omar Reyes", "prison", 11.6667)},
        ),
        (
            "Omar Reyes was sentenced to eight years, four months in federal prison.",
            {("Omar Reyes", "prison", 8.3333)},
        ),
    ],
)
def test_terms_of_defendants_named_together(text: str, expected: set) -> None:
    assert sentences(text) == expected
