"""Clause scope (extraction/scope.py) and who a story says was harmed, and how."""

from __future__ import annotations

import pytest

from casefile.extraction import extract_facts
from casefile.extraction.scope import CASE, OPINION, OTHER, STATISTICS, clauses
from casefile.extraction.sentences import split_sentences


def victims_of(text: str) -> list[tuple[str | None, str]]:
    return sorted(
        (
            (f.fields["name"], f.fields["outcome"])
            for f in extract_facts(text)
            if f.kind == "VictimReported"
        ),
        key=lambda v: (v[0] or "", v[1]),
    )


def scopes(sentence: str) -> list[tuple[str, str]]:
    (only,) = split_sentences(sentence)
    return [(sentence[c.start : c.end], c.scope) for c in clauses(only)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A count beyond the case: a statistic.
        (
            "Nine deputies have been killed nationwide so far this year.",
            [("Nine deputies have been killed nationwide so far this year.", STATISTICS)],
        ),
        (
            "It was the city's 31st homicide of the year.",
            [("It was the city's 31st homicide of the year.", STATISTICS)],
        ),
        # A count from statistics, or of a kind of incident, is no count of the case's harm.
        (
            "According to state data, wrong-way crashes killed 64 people in 2022.",
            [("According to state data, wrong-way crashes killed 64 people in 2022.", STATISTICS)],
        ),
        (
            "House fires have killed nine children in the county.",
            [("House fires have killed nine children in the county.", STATISTICS)],
        ),
        (
            "The city recorded 14 homicides last year, the most since 2006.",
            [("The city recorded 14 homicides last year, the most since 2006.", STATISTICS)],
        ),
        # A record of the case is its source, not a statistic.
        (
            "Bo Tran, 30, killed two men, according to court records.",
            [("Bo Tran, 30, killed two men, according to court records.", CASE)],
        ),
        # Another incident, told in its own clause.
        (
            "Police arrested Bo Tran on Monday; a separate shooting left one man dead.",
            [
                ("Police arrested Bo Tran on Monday", CASE),
                ("a separate shooting left one man dead.", OTHER),
            ],
        ),
        (
            "Her brother was killed in a robbery years ago.",
            [("Her brother was killed in a robbery years ago.", OTHER)],
        ),
        # A condition: someone's talk, not an event.
        (
            "If you hurt a road worker, you face 15 years.",
            [("If you hurt a road worker, you face 15 years.", OPINION)],
        ),
        # "So far" with a count that is no count of harm is the case.
        (
            "So far, two people have been arrested in the killing of Ann Lee.",
            [("So far, two people have been arrested in the killing of Ann Lee.", CASE)],
        ),
        (
            "Among those who were killed was Ann Lee.",
            [("Among those who were killed was Ann Lee.", CASE)],
        ),
        (
            "Police found another shooting victim in the alley.",
            [("Police found another shooting victim in the alley.", CASE)],
        ),
        # A date alone is no statistic, a plain report is the case.
        (
            "Cy Hall is charged in the Sept. 27 shooting of two men.",
            [("Cy Hall is charged in the Sept. 27 shooting of two men.", CASE)],
        ),
    ],
)
def test_clause_scope(sentence: str, expected: list) -> None:
    assert scopes(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Active "D shot V": V is harmed, D is not.
        (
            "Police said Dana Ruiz shot Omar Pike in the arm on Friday. Ruiz was charged with "
            "aggravated assault.",
            [("Omar Pike", "injured")],
        ),
        # "was pronounced dead" and "died" make the person killed.
        (
            "Lena Ortiz was taken to a hospital, where she was pronounced dead. Carl Webb, 40, "
            "was charged with murder.",
            [("Lena Ortiz", "killed")],
        ),
        # An outcome belongs to the person it is said of, not to everyone in the sentence.
        (
            "Officer Tom Reyes, who was wounded in the shooting that killed Officer Ann Gill, left "
            "the hearing for Joe Pratt, the man charged in the case.",
            [("Ann Gill", "killed"), ("Tom Reyes", "injured")],
        ),
        # "Attempted murder" does not make the victim killed.
        (
            "Joe Pratt was charged with attempted murder in the shooting of Mark Olsen, who "
            "survived.",
            [("Mark Olsen", "injured")],
        ),
        # Not hit: unharmed.
        (
            "Rita Vance was not hit when Joe Pratt fired at her car, police said. Pratt was "
            "arrested.",
            [("Rita Vance", "unharmed")],
        ),
        # A possessor is not the one harmed: the dog walker is, unnamed.
        (
            "Joe Pratt was charged in the shooting of Ann Gill's neighbor.",
            [],
        ),
        # Harm done by police makes no victim of the case.
        (
            "Joe Pratt was charged with arson at the store where Sam Boyd was shot and killed by "
            "an Easton police officer last year.",
            [],
        ),
        # The earlier killing of a relative is another incident.
        (
            "Joe Pratt, 30, was charged with robbery. His brother, Lee Pratt, was killed in a "
            "crash years ago.",
            [],
        ),
        (
            "Joe Pratt, 30, was charged with murder in the death of Ann Gill. His brother, Lee "
            "Pratt, was killed in a crash years ago.",
            [("Ann Gill", "killed")],
        ),
        # "was 4 when he died"
        (
            "Noel Diaz was 4 when he died. His father, Ray Diaz, is charged with murder.",
            [("Noel Diaz", "killed")],
        ),
        # "remains hospitalized" tells she was hurt.
        (
            "Carl Webb, 40, was charged in the crash. Lena Ortiz, 56, who was driving the van, "
            "remains hospitalized.",
            [("Lena Ortiz", "injured")],
        ),
    ],
)
def test_named_victims_by_what_is_said_of_them(text: str, expected: list) -> None:
    assert victims_of(text) == expected


def unnamed_of(text: str) -> list[tuple[str, str]]:
    return sorted(
        (f.fields["description"], f.fields["outcome"])
        for f in extract_facts(text)
        if f.kind == "VictimReported" and f.fields["name"] is None
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Victims of crimes other than shootings.
        (
            "A Dayton man was charged with raping an intoxicated, unconscious woman at a party.",
            [("intoxicated, unconscious woman", "injured")],
        ),
        (
            "Police said the man is accused of kidnapping a 9-year-old girl from a campground.",
            [("9-year-old girl", "unharmed")],
        ),
        # "found X dead", "left another man dead", "a bullet struck the deputy".
        (
            "Officers found a man dead inside the apartment on Monday.",
            [("man", "killed")],
        ),
        (
            "The crash left another driver dead, troopers said.",
            [("driver", "killed")],
        ),
        (
            "A bullet struck a deputy in the leg during the standoff.",
            [("deputy", "injured")],
        ),
        # "N men were shot"
        (
            "Two men were shot outside the bar early Sunday, police said.",
            [("men", "injured"), ("men", "injured")],
        ),
        # Unharmed when the text says so.
        (
            "A woman was not hit when the gunman fired into the car, police said.",
            [("woman", "unharmed")],
        ),
        # "the fatal shooting of a deputy" is a killing.
        (
            "A man was charged with murder Thursday in the fatal shooting of a deputy.",
            [("deputy", "killed")],
        ),
        (
            "One person was killed and two others were wounded in the shooting.",
            [("others", "injured"), ("others", "injured"), ("person", "killed")],
        ),
        (
            "The victims, a man and a woman, were taken to a hospital with gunshot wounds.",
            [("man", "injured"), ("woman", "injured")],
        ),
        # Shot at and not said to be hit: unharmed; hit later: injured, one victim.
        (
            "The man was wounded after exchanging shots with a third officer, police said.",
            [("third officer", "unharmed")],
        ),
        (
            "The man fired at a deputy during the chase. The deputy was wounded in the arm.",
            [("deputy", "injured")],
        ),
        # A charge's wording names no victim; nor does a count of another incident.
        ("He faces one count of rape of an intoxicated person.", []),
        (
            "Nine deputies have been killed nationwide so far this year.",
            [],
        ),
        (
            "A driver struck a man on Route 9. Statistics show drunk drivers killed 70 people.",
            [("man", "injured")],
        ),
        # A death word set in quotation marks is the speaker's word: the case is no killing.
        (
            "Dale Orr, 41, is accused of beating his wife until she passed out. A neighbor "
            'called 911 after a child said her father was "killing" her mother.',
            [("wife", "injured")],
        ),
        # Whose relative she is, told by a noun: "the girl's grandmother".
        (
            "Carl Webb, 40, was arrested after the crash. The boy's aunt, who was driving, was "
            "taken to a hospital with a broken arm.",
            [("aunt", "injured")],
        ),
        # A relative clause, then the main verb: "The woman who was robbed was treated".
        (
            "Carl Webb, 40, was arrested. Police said a woman was pumping gas when he walked "
            "up. The woman who was robbed was treated at the scene for a cut.",
            [("woman", "injured")],
        ),
        # Near miss: the relative clause tells of the suspect.
        (
            "Police said a woman robbed a bank. The woman who was arrested was treated at a "
            "hospital for a cut to her hand.",
            [],
        ),
        # Harm told by where it sent or left someone.
        (
            "Carl Webb, 40, is charged with arson in a fire that sent a firefighter to the "
            "hospital.",
            [("firefighter", "injured")],
        ),
        (
            "Carl Webb, 40, was arrested after a robbery that left a clerk bleeding on the floor.",
            [("clerk", "injured")],
        ),
        (
            "Dana Ruiz, 31, is accused of allowing her boyfriend to abuse her 4-year-old son.",
            [("4-year-old son", "injured")],
        ),
        # One who told police what was done to her: "a woman told police he choked her".
        (
            "Carl Webb, 40, was arrested after a woman told police he choked her and threw her "
            "to the ground.",
            [("woman", "injured")],
        ),
        (
            "A Salem man whose wife told police he strangled her was placed on probation.",
            [("wife", "injured")],
        ),
        # Near miss: "her" whose, of someone else: she is the one accused.
        (
            "A woman was arrested after police said she stabbed her boyfriend in the arm.",
            [("boyfriend", "injured")],
        ),
        # A word of age before the role: "his infant daughter suffered".
        (
            "Carl Webb, 40, was charged with child abuse after his infant daughter suffered a "
            "skull fracture.",
            [("infant daughter", "injured")],
        ),
        # Told dead by a relative clause right after her.
        (
            "Carl Webb, 40, was charged with murder. Police said Webb stabbed a neighbor, who "
            "died at a hospital.",
            [("neighbor", "killed")],
        ),
        # The same words read by two wordings are one person, killed if either says so.
        (
            "Carl Webb, 40, was arrested in the killing of a 16-year-old boy who was shot while "
            "walking to school.",
            [("16-year-old boy", "killed")],
        ),
        # Harm to her body is hers: "grazed a 7-year-old girl's arm"; not harm to her things.
        (
            "Carl Webb, 40, is charged in a shooting that sent a bullet through a wall and "
            "grazed a 7-year-old girl's arm.",
            [("7-year-old girl", "injured")],
        ),
        ("Carl Webb, 40, is charged with animal cruelty. He shot his neighbor's dog.", []),
        # An adverb of degree before the harm: "was badly hurt".
        (
            "Carl Webb, 40, was charged with DUI. His wife, Rosa, was badly hurt.",
            [("wife", "injured")],
        ),
    ],
)
def test_unnamed_victims_in_many_wordings(text: str, expected: list) -> None:
    assert unnamed_of(text) == expected


def test_a_pronoun_in_the_next_sentence_tells_the_outcome_and_both_are_quoted() -> None:
    text = (
        "Police said Ann Lee was shot Friday on Elm Street. She died Sunday at a hospital. "
        "Bo Tran, 30, was charged with murder."
    )
    (victim,) = [f for f in extract_facts(text) if f.kind == "VictimReported"]
    assert victim.fields["outcome"] == "killed"
    assert victim.evidence.quote == (
        "Police said Ann Lee was shot Friday on Elm Street. She died Sunday at a hospital."
    )


def test_the_quote_of_a_named_victim_holds_the_name() -> None:
    text = "Mark Olsen was stabbed in the arm on Friday. Joe Pratt, 22, was charged with assault."
    (victim,) = [f for f in extract_facts(text) if f.kind == "VictimReported"]
    assert (victim.fields["name"], victim.fields["outcome"]) == ("Mark Olsen", "injured")
    assert "Olsen" in victim.evidence.quote


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body found is someone killed.
        (
            "Deputies found Ann Lee's body in a field on Monday. Bo Tran, 30, was charged with "
            "murder.",
            [("Ann Lee", "killed")],
        ),
        # "identified the victim as X": X's outcome is the case's.
        (
            "Police identified the victim as Carl Webb, 52. Bo Tran, 30, was charged with murder "
            "in the shooting.",
            [("Carl Webb", "killed")],
        ),
        (
            "Police identified the victim as Carl Webb, 52. Bo Tran, 30, was charged with "
            "aggravated assault in the shooting.",
            [("Carl Webb", "injured")],
        ),
    ],
)
def test_victims_named_by_their_body_or_as_the_victim(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "received" or "suffered" say harm only with an injury after them.
        (
            "The parents of Noel Diaz, believed to have been beaten and killed at home, received "
            "their sentences on Tuesday.",
            [("Noel Diaz", "killed")],
        ),
        (
            "Carl Webb suffered minor injuries in the crash. Bo Tran, 30, was charged with DWI.",
            [("Carl Webb", "injured")],
        ),
    ],
)
def test_what_is_said_after_a_name(text: str, expected: list) -> None:
    assert victims_of(text) == expected


def test_an_earlier_matter_runs_to_the_when_that_returns_to_the_case() -> None:
    from casefile.extraction.context import PRIOR_MATTER
    from casefile.extraction.scope import PRIOR

    text = "He was out on a $100 bond for a gun charge when he shot Ann Lee in the leg."
    (sentence,) = split_sentences(text)
    found = [(text[c.start : c.end], c.scope) for c in clauses(sentence, PRIOR_MATTER.search(text))]
    assert found == [
        ("He ", CASE),
        ("was out on a $100 bond for a gun charge ", PRIOR),
        ("when he shot Ann Lee in the leg.", CASE),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A suspect wounded in the incident stays a suspect: no victim of his own case.
        (
            "Joe Pratt, 30, who was wounded by officers, was charged with murder in the killing "
            "of Ann Gill.",
            [("Ann Gill", "killed")],
        ),
        (
            "Police charged the wounded man, Joe Pratt, 30, with homicide. Ann Gill died at the "
            "scene.",
            [("Ann Gill", "killed")],
        ),
    ],
)
def test_a_harmed_suspect_is_no_victim(text: str, expected: list) -> None:
    assert victims_of(text) == expected


def test_the_victim_described_in_an_appositive() -> None:
    text = "The victim, a 24-year-old woman, was robbed at gunpoint on Elm Street, police said."
    assert unnamed_of(text) == [("24-year-old woman", "unharmed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Someone taken is hurt when the case speaks of a sexual assault ...
        (
            "A man pleaded guilty to kidnapping a 9-year-old girl. He also admitted a charge of "
            "predatory sexual assault against a child.",
            [("9-year-old girl", "injured")],
        ),
        # ... unless the story says she was unharmed.
        (
            "A man is charged with kidnapping a 9-year-old girl and sexual abuse. The girl was "
            "found in good health, police said.",
            [("9-year-old girl", "unharmed")],
        ),
    ],
)
def test_someone_taken_is_hurt_only_when_the_case_says_so(text: str, expected: list) -> None:
    assert unnamed_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police found Ann Lee dead in her home on Monday. Bo Tran, 30, was charged with "
            "murder.",
            [("Ann Lee", "killed")],
        ),
        (
            "Officers found Carl Webb, 41, with a gunshot wound in the chest. Bo Tran, 30, was "
            "charged.",
            [("Carl Webb", "injured")],
        ),
        # Without "found" or "left", a name next to "dead" says nothing.
        ("Carl Webb dead? Bo Tran, 30, was charged with assault.", []),
    ],
)
def test_found_dead(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bo Tran, 30, is charged with assault in the shooting of two men outside a bar.",
            [("men", "injured"), ("men", "injured")],
        ),
        (
            "Bo Tran, 30, is charged with murder in the shooting of two men outside a bar.",
            [("men", "killed"), ("men", "killed")],
        ),
    ],
)
def test_the_shooting_of_a_counted_group(text: str, expected: list) -> None:
    assert unnamed_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A titled person is a victim when harm is said of them ...
        (
            "The trail includes shooting Austin officer Val Moss, police said. Bo Tran, 30, was "
            "charged.",
            [("Val Moss", "injured")],
        ),
        # ... but a unit's name before a title is no harm.
        (
            "Bo Tran, 30, told homicide Detective Ann Gill that he shot Carl Webb.",
            [("Carl Webb", "injured")],
        ),
        (
            "Carl Webb's tragic death shocked the town. Bo Tran, 30, was charged with murder.",
            [("Carl Webb", "killed")],
        ),
    ],
)
def test_titles_units_and_possessives(text: str, expected: list) -> None:
    assert victims_of(text) == expected
