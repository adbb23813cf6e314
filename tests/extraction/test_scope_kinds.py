"""What a clause is about (extraction/scope.py, scope_carried_over.py): possibilities, the law in
general, changes in counts, like incidents and sidebars, old unsolved cases, and a clause that
refers back to the incident told just before; and that the fact families leave them out."""

from __future__ import annotations

import pytest

from casefile.extraction.chrome import chrome_spans
from casefile.extraction.context import PRIOR_MATTER
from casefile.extraction.scope import (
    CASE,
    HYPOTHETICAL,
    OPINION,
    OTHER,
    PRIOR,
    STATISTICS,
    clauses,
)
from casefile.extraction.scope_carried_over import carried_over
from casefile.extraction.sentences import split_sentences
from tests.extraction.reading import arrested_in, bonds_of, court_of, facts_of


def scopes(sentence: str) -> list[tuple[str, str]]:
    (only,) = split_sentences(sentence)
    return [(sentence[c.start : c.end].strip(), c.scope) for c in clauses(only)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # What could be, said of the defendant: his name is still the case's.
        (
            "Bo Tran faces up to 20 years in prison.",
            [("Bo Tran", CASE), ("faces up to 20 years in prison.", HYPOTHETICAL)],
        ),
        (
            "Tran could have faced life in prison had the case gone to trial.",
            [
                ("Tran", CASE),
                ("could have faced life in prison had the case gone to trial.", HYPOTHETICAL),
            ],
        ),
        (
            "Tran was held on $1 million bond and faces up to life if convicted.",
            [
                ("Tran was held on $1 million bond", CASE),
                ("and faces up to life if convicted.", HYPOTHETICAL),
            ],
        ),
        # ... or of the whole clause.
        (
            "The maximum penalty for robbery is 25 years.",
            [("The maximum penalty for robbery is 25 years.", HYPOTHETICAL)],
        ),
        (
            "His lawyer told the judge that a $5,000 bond would be enough.",
            [
                ("His lawyer told the judge", CASE),
                ("that a $5,000 bond would be enough.", HYPOTHETICAL),
            ],
        ),
        # The law in general and what someone thinks a court should do.
        (
            "Under state law, a 16-year-old charged with murder is tried as an adult.",
            [("Under state law, a 16-year-old charged with murder is tried as an adult.", OPINION)],
        ),
        (
            "People like him should never be let out.",
            [("People like him should never be let out.", OPINION)],
        ),
        # Counts beyond the case.
        (
            "Juvenile arrests for violent crimes rose 12% statewide in 2024.",
            [("Juvenile arrests for violent crimes rose 12% statewide in 2024.", STATISTICS)],
        ),
        (
            "Duarte is the fourth cyclist killed on county roads since 2020.",
            [("Duarte is the fourth cyclist killed on county roads since 2020.", STATISTICS)],
        ),
        # Other incidents: a like one, a sidebar, an old unsolved one, someone's own case.
        (
            "Last year, a 15-year-old was sentenced to 25 years for a similar shooting.",
            [("Last year, a 15-year-old was sentenced to 25 years for a similar shooting.", OTHER)],
        ),
        (
            "Other crashes this month: A pedestrian was injured Jan. 8 on Main Street.",
            [("Other crashes this month: A pedestrian was injured Jan. 8 on Main Street.", OTHER)],
        ),
        (
            "Her son was shot and killed in 2010, a case that was never solved.",
            [("Her son was shot and killed in 2010, a case that was never solved.", OTHER)],
        ),
        # Plain facts of the case stay the case's.
        (
            "Tran was sentenced to 20 years in prison.",
            [("Tran was sentenced to 20 years in prison.", CASE)],
        ),
        (
            "The victim should recover, police said.",
            [("The victim should recover, police said.", CASE)],
        ),
        (
            "A judge set bond at $1 million, citing the risk that he would flee.",
            [("A judge set bond at $1 million, citing the risk that he would flee.", CASE)],
        ),
    ],
)
def test_what_a_clause_is_about(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert scopes(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was killed in an unrelated shooting. Police arrested a woman in that case.",
            OTHER,
        ),
        # Without the other incident before, "that case" is this one.
        ("Ann Lee was killed Friday. Police arrested a woman in that case.", CASE),
    ],
)
def test_a_clause_referring_back_to_another_incident(text: str, expected: str) -> None:
    first, second = split_sentences(text)
    found = carried_over(second.text, clauses(second), clauses(first)[-1])
    assert [c.scope for c in found] == [expected]


LEAD = "Bo Tran, 25, was arrested Monday and charged with murder in the death of Ann Lee. "


@pytest.mark.parametrize(
    "aside",
    [
        "Tran could have faced life in prison had the case gone to trial.",
        "Last year, a 15-year-old was sentenced to 25 years in prison for a similar shooting.",
        "Every judge should be handing out life sentences for this, her father said.",
    ],
)
def test_no_term_is_imposed_by_a_possibility_or_another_case(aside: str) -> None:
    text = LEAD + "Tran was sentenced Thursday to 30 years in prison. " + aside
    terms = {(f["kind"], f["years"]) for f in facts_of("SentenceImposed", text)}
    assert terms == {("prison", 30)}
    assert ("Bo Tran", "sentencing", "2024-03-14") in court_of(text)


def test_a_lawyers_bond_that_would_be_enough_is_no_bond() -> None:
    text = (
        LEAD + "His lawyer told the judge that a $5,000 bond would be enough. "
        "The judge set bond at $500,000."
    )
    assert bonds_of(text) == {("Bo Tran", 500000, "set")}


def test_an_arrest_in_another_incident_told_before_is_not_this_cases() -> None:
    text = (
        LEAD + "An hour later, a 41-year-old man was shot and killed in an unrelated incident. "
        "Police arrested a 22-year-old man in that case on Tuesday."
    )
    assert arrested_in(text) == ["Bo Tran"]


def test_a_possibility_in_a_relative_clause_ends_at_its_comma() -> None:
    assert scopes("Tran, who faced up to 40 years, was sentenced to 12 years.") == [
        ("Tran", CASE),
        (", who faced up to 40 years", HYPOTHETICAL),
        (", was sentenced to 12 years.", CASE),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Seven people have been shot in the city since Friday, two of them fatally.",
            STATISTICS,
        ),
        (
            "The shooting is one of several in the area this year, including the killing of "
            "Nia Ross in January.",
            STATISTICS,
        ),
        (
            "The attack echoed the 2018 killing of Officer Dan Cole on the same road.",
            OTHER,
        ),
        # "separate" of things, not of incidents, is the case's.
        ("The brothers were found in separate vehicles in the west.", CASE),
        ("He faces a separate charge of robbery.", CASE),
    ],
)
def test_tallies_echoes_and_separate_things(sentence: str, expected: str) -> None:
    assert [scope for _, scope in scopes(sentence)] == [expected]


def test_a_clause_going_on_from_an_earlier_matter_is_of_it() -> None:
    (only,) = split_sentences(
        "Tran had been arrested for assault; he was later acquitted; he is due in court."
    )
    found = [c.scope for c in clauses(only, PRIOR_MATTER.search(only.text))]
    assert found == [CASE, PRIOR, PRIOR, CASE]


@pytest.mark.parametrize(
    "roundup",
    [
        "In an unrelated case Tuesday, the judge sentenced Al Roe, 44, to eight years in prison. "
        "Roe pleaded guilty to armed robbery in July.",
        "A man was shot in a separate shooting on Oak Street. Police charged Al Roe, 19, with "
        "assault in that shooting.",
    ],
)
def test_someone_brought_in_with_another_incident_is_no_suspect_of_the_case(
    roundup: str,
) -> None:
    text = LEAD + roundup
    people = {f["name"] for f in facts_of("SuspectIdentified", text)}
    assert people == {"Bo Tran"}
    assert all(f["person"] == "Bo Tran" for f in facts_of("ChargeFiled", text))


@pytest.mark.parametrize(
    "line",
    [
        "READ ALSO | Two men wounded in overnight shooting",
        "MORE: Woman, 52, killed in hit-and-run on Route 9",
        "Related Stories: Teen shot near park",
        "WATCH: Police give update on North End shooting",
    ],
)
def test_a_link_to_another_story_is_chrome(line: str) -> None:
    text = "Ann Lee, 30, was shot and killed on Saturday.\n" + line + "\n"
    victims = facts_of("VictimReported", text)
    assert [v["name"] for v in victims] == ["Ann Lee"]
    start = text.index(line)
    assert any(a <= start and start + len(line) <= b for a, b in chrome_spans(text))


@pytest.mark.parametrize(
    "aside",
    [
        "Tran had been released on bond two weeks before the shooting after a burglary arrest.",
        "A judge revoked Tran's bond in his pending drug case after the arrest.",
        "Tran was charged Monday and his bail was revoked in an unrelated case.",
    ],
)
def test_a_bond_of_another_matter_told_after_it_is_not_this_cases(aside: str) -> None:
    text = LEAD + aside + " He is held on $900,000 bond."
    assert bonds_of(text) == {("Bo Tran", 900000, "set")}


@pytest.mark.parametrize(
    ("aside", "expected"),
    [
        (
            "Gun violence has killed 14 people in the county so far this year.",
            [("Ann Lee", "killed")],
        ),
        (
            "Her death follows the killing of a teenager at a park in December. The suspect in "
            "that killing, Ray Ortiz, 19, was arrested in January.",
            [("Ann Lee", "killed")],
        ),
        (
            "Last week, a man was stabbed to death at the same bus stop.",
            [("Ann Lee", "killed")],
        ),
    ],
)
def test_harm_of_other_incidents_gives_no_victim(aside: str, expected: list) -> None:
    text = "Ann Lee, 30, was shot and killed at a bus stop on Saturday. " + LEAD + aside
    victims = [(v["name"], v["outcome"]) for v in facts_of("VictimReported", text)]
    assert victims == expected
    assert {f["name"] for f in facts_of("SuspectIdentified", text)} == {"Bo Tran"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Many people charged, and people in general.
        (
            "In 2024, the district charged 212 defendants with federal firearms offenses.",
            [STATISTICS],
        ),
        ("More than 40 people were arrested during the protests.", [STATISTICS]),
        (
            "She wants interlocks for anyone convicted of drunk driving twice.",
            [OPINION],
        ),
        # "Also" opens a predicate about another incident; the subject is the case's.
        (
            "Bo Tran, arrested Monday in the killing, is also a suspect in a 2019 shooting.",
            [CASE, OTHER],
        ),
        ("Police are also investigating the death of a woman found in a park.", [CASE, OTHER]),
        # Two people charged is the case.
        ("So far, two suspects have been arrested in the killing.", [CASE]),
        ("She was one of two people arrested on arson charges Thursday.", [CASE]),
    ],
)
def test_counts_of_people_charged_and_also_predicates(sentence: str, expected: list) -> None:
    assert [scope for _, scope in scopes(sentence)] == expected


@pytest.mark.parametrize(
    ("aside", "charges"),
    [
        (
            "In 2024, the district charged 212 defendants with firearms offenses.",
            {("Bo Tran", "murder", "filed")},
        ),
        (
            "A bill would require interlocks for anyone convicted of drunk driving twice.",
            {("Bo Tran", "murder", "filed")},
        ),
        (
            "Under state law, a 16-year-old charged with attempted murder is tried as an adult.",
            {("Bo Tran", "murder", "filed")},
        ),
        # A condition on this case keeps its charge.
        (
            "If Tran is convicted of murder, he faces life.",
            {("Bo Tran", "murder", "filed")},
        ),
    ],
)
def test_charges_of_statistics_and_talk_are_not_the_cases(aside: str, charges: set) -> None:
    found = {(f["person"], f["charge"], f["status"]) for f in facts_of("ChargeFiled", LEAD + aside)}
    assert found == charges


def test_harm_dated_long_before_the_case_is_another_incidents() -> None:
    text = (
        "Ann Lee, 30, was shot and killed on March 2 outside a store. " + LEAD + "Detectives "
        "believe Tran also killed Cy Hall, 33, who was found shot to death on Oct. 14, 2022."
    )
    victims = [(v["name"], v["outcome"]) for v in facts_of("VictimReported", text)]
    assert victims == [("Ann Lee", "killed")]


def test_harm_of_one_series_told_together_stays_the_cases() -> None:
    text = "Omar Reyes is accused of the murders of Ann Lee in May and Bo Tran in 2013."
    victims = sorted(v["name"] for v in facts_of("VictimReported", text))
    assert victims == ["Ann Lee", "Bo Tran"]


@pytest.mark.parametrize(
    "roundup",
    [
        "In other court news, a Westfield woman pleaded guilty to embezzling $40,000.",
        "In a separate case, a woman was charged with arson on Tuesday.",
    ],
)
def test_a_roundup_of_other_cases_gives_the_case_no_charge_or_plea(roundup: str) -> None:
    text = LEAD + roundup
    found = {(f["person"], f["charge"], f["status"]) for f in facts_of("ChargeFiled", text)}
    assert found == {("Bo Tran", "murder", "filed")}
    assert {kind for _, kind, _ in court_of(text)} <= {"arraignment", "appearance"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Judge Ann Cole sentenced Tran to the maximum sentence of 25 years.",
        "Tran received a mandatory life sentence.",
        "Tran was sentenced to the mandatory minimum of five years.",
    ],
)
def test_a_maximum_or_mandatory_term_imposed_is_the_cases(sentence: str) -> None:
    assert [scope for _, scope in scopes(sentence)] == [CASE]


def test_a_possibility_after_a_closed_relative_clause() -> None:
    assert scopes("Tran, who was sentenced Monday, could have faced life.") == [
        ("Tran, who was sentenced Monday", CASE),
        (", could have faced life.", HYPOTHETICAL),
    ]


def test_the_maximum_term_imposed_is_a_sentence() -> None:
    text = LEAD + "Judge Ann Cole sentenced Tran to the maximum sentence of 25 years in prison."
    assert {(f["kind"], f["years"]) for f in facts_of("SentenceImposed", text)} == {("prison", 25)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Police could not get a statement from the victim, who was shot in the arm.",
        "Tran shot Lee at the same intersection where they had argued.",
    ],
)
def test_plain_narrative_of_the_case_stays_the_cases(sentence: str) -> None:
    assert [scope for _, scope in scopes(sentence)] == [CASE]


@pytest.mark.parametrize(
    "rhetoric",
    [
        "His lawyer said a $50,000 bond would be more appropriate.",
        "Defense attorney Sara Kim argued that $25,000 bail was enough.",
        "The defense proposed a $75,000 bond with house arrest.",
        '"A $2 million bond is a death sentence for a poor man," Kim said.',
    ],
)
def test_a_sides_talk_of_bail_sets_no_bond(rhetoric: str) -> None:
    text = LEAD + "A judge set bond at $400,000. " + rhetoric
    assert bonds_of(text) == {("Bo Tran", 400000, "set")}
    assert facts_of("SentenceImposed", text) == []


def test_the_court_setting_bail_after_an_argument_is_a_bond() -> None:
    text = (
        LEAD
        + "Agreeing with prosecutors who argued he was a danger, the judge set bail at $1 million."
    )
    assert bonds_of(text) == {("Bo Tran", 1000000, "set")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A time told from another event opens a clause of its own: the other matter it
        # tells of leaves the charge before it the case's.
        (
            "Prosecutors charged Emil Varga, 29, with murder in the death of Joss Pell, three "
            "days after he was arrested in an unrelated burglary.",
            [
                ("Prosecutors charged Emil Varga, 29, with murder in the death of Joss Pell", CASE),
                ("three days after he was arrested in an unrelated burglary.", OTHER),
            ],
        ),
        # near miss: no comma, no clause of its own
        (
            "Emil Varga was arrested two days after the shooting.",
            [("Emil Varga was arrested two days after the shooting.", CASE)],
        ),
    ],
)
def test_a_time_told_from_another_event_is_a_clause(sentence: str, expected: list) -> None:
    assert scopes(sentence) == expected


def test_the_charge_before_a_time_told_from_an_unrelated_arrest_is_the_cases() -> None:
    text = (
        "Emil Varga, 29, was charged Monday with murder in the death of Joss Pell, a week "
        "after he was arrested in an unrelated burglary."
    )
    charges = [(f["person"], f["charge"]) for f in facts_of("ChargeFiled", text)]
    assert charges == [("Emil Varga", "murder")]
