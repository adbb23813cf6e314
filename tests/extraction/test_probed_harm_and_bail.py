"""Victims, links, arrests and bail in wordings outlets use, probed with invented stories:
the one harmed first told as "the student", a release paid for by money named after "released
from jail", and the like. On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import arrested_in, bonds_of, links_of, victims_of

CHARGED = "Kip Varga, 31, was charged with burglary. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Money put up to leave jail is bail posted, though neither word is said.
        (CHARGED + "He was released from jail after posting $20,000.", {20000}),
        (
            "Kip Varga, 31, was released from jail after posting $20,000, records show. He is "
            "charged with burglary.",
            {20000},
        ),
        (CHARGED + "He was released from the county jail Tuesday after paying $5,000.", {5000}),
        # Near miss: released from prison after a term is an earlier matter, no bail.
        (
            CHARGED + "He was released from prison in 2019 after serving six years for robbery.",
            set(),
        ),
    ],
)
def test_release_from_jail_paid_for_is_bail_posted(text: str, expected: set[int]) -> None:
    posted = {amount for _, amount, status in bonds_of(text) if status == "posted"}
    assert posted == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one harmed first told with "the", as the object of a verb of harm.
        (
            "Police say Bo Tran stabbed the student twice outside a dorm in Marlow on Sunday. "
            "Tran, 22, was arrested and charged with attempted murder.",
            [(None, None, "injured")],
        ),
        (
            "Prosecutors say Kip Varga punched the teacher in the face during a meeting. Varga, "
            "31, is charged with assault.",
            [(None, None, "injured")],
        ),
        # In a story of a killing, the one the verb harmed is the one killed.
        (
            "Deputies say Kip Varga shot the victim in the chest during an argument. Varga, 31, "
            "is charged with murder.",
            [(None, None, "killed")],
        ),
        (
            "Kip Varga, 31, is charged with murder. Witnesses said Varga argued with the victim "
            "before he shot him.",
            [(None, None, "killed")],
        ),
        # Told before, described or named: the same one, not one more.
        (
            "A man was shot Sunday in Marlow. Police say Kip Varga shot the man after an "
            "argument. Varga, 31, is charged with assault.",
            [(None, None, "injured")],
        ),
        (
            "Dale Orrin, 45, was stabbed Sunday. Police say Kip Varga stabbed the victim after "
            "an argument. Varga, 31, is charged with assault.",
            [("Dale Orrin", 45, "injured")],
        ),
        (
            "Police say Kip Varga stabbed the victim after an argument. The victim, Dale Orrin, "
            "45, died at a hospital. Varga, 31, is charged with murder.",
            [("Dale Orrin", 45, "killed")],
        ),
        (
            "Investigators believe Kip Varga beat the toddler for days. Varga, 31, is charged "
            "with murder. The girl, 2, was pronounced dead at a hospital.",
            [(None, 2, "killed")],
        ),
        # A noun of harm, and harm by police, make no victim of "the man".
        (
            "After the shooting the man ran from the store, police said. Kip Varga, 31, was "
            "arrested Sunday.",
            [],
        ),
        (
            "Police shot the man after he pointed a gun at officers. Kip Varga, 31, was later "
            "identified as the man.",
            [],
        ),
    ],
)
def test_the_one_harmed_first_told_with_the(
    text: str, expected: list[tuple[str | None, int | None, str]]
) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The outcome told with its verb left out, as a headline or after "leaving".
        (
            "One man dead, a woman hurt after shooting in Marlow. Police arrested Kip Varga, "
            "31, on Sunday and charged him with murder.",
            [(None, None, "injured"), (None, None, "killed")],
        ),
        (
            "A shooting in Marlow left one man dead and a woman hurt. Police arrested Kip "
            "Varga, 31, on Sunday.",
            [(None, None, "injured"), (None, None, "killed")],
        ),
        # A group counted as shot, then told one dead and one hurt: two people, not three.
        (
            "Two people were shot in Marlow late Saturday, leaving one man dead and a woman "
            "hurt. Police arrested Kip Varga, 31.",
            [(None, None, "injured"), (None, None, "killed")],
        ),
        # Near misses: a participle before its sentence's own verb is told by that verb.
        (
            "A woman injured in Tuesday's crash on Route 9 has died, police said. Kip Varga, "
            "31, is charged with vehicular homicide.",
            [(None, None, "killed")],
        ),
        (
            "A man wounded in a shooting outside a Marlow bar on Friday died Sunday. Kip "
            "Varga, 31, is charged with murder.",
            [(None, None, "killed")],
        ),
    ],
)
def test_outcome_told_with_its_verb_left_out(
    text: str, expected: list[tuple[str | None, int | None, str]]
) -> None:
    assert victims_of(text) == expected


ATTEMPT = "Kip Varga, 31, is charged with attempted murder. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Survived: hurt, and will live or has been let go.
        (ATTEMPT + "The victim, Dale Orrin, 45, is expected to survive.", "injured"),
        (
            ATTEMPT + "Dale Orrin, 45, was treated and released from Marlow General Hospital.",
            "injured",
        ),
        (ATTEMPT + "Dale Orrin, 45, was treated at the scene and released.", "injured"),
        (ATTEMPT + "Dale Orrin, 45, was listed in stable condition Monday.", "injured"),
        # Shot at: a target, hurt only if told.
        (ATTEMPT + "He shot at Dale Orrin, 45, but did not hit him.", "unharmed"),
        (ATTEMPT + "Police say he fired two shots at Dale Orrin, 45, missing him.", "unharmed"),
        (ATTEMPT + "He shot at Dale Orrin, 45, who was struck in the leg.", "injured"),
    ],
)
def test_named_victim_who_survived_or_was_missed(text: str, expected: str) -> None:
    assert victims_of(text) == [("Dale Orrin", 45, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The name after a role told with what it is of or where it was.
        (
            "Kip Varga, 31, is charged with vehicular homicide. The crash killed the driver of "
            "the other car, Dale Orrin, 45, and injured his passenger.",
            [(None, None, "injured"), ("Dale Orrin", 45, "killed")],
        ),
        (
            "Kip Varga, 31, is charged with vehicular homicide after a crash on Route 9 that "
            "killed a passenger in his car, Mina Pell, 22.",
            [("Mina Pell", 22, "killed")],
        ),
        # Named late: the one the participle told harmed, and the one a pronoun or the noun
        # stands for.
        (
            "A man killed in a crash on Route 9 was identified as Dale Orrin, 45. Kip Varga, "
            "31, is charged with vehicular homicide.",
            [("Dale Orrin", 45, "killed")],
        ),
        (
            "The woman who died in the fire on Elm Street has been identified as Mina Pell, 38. "
            "Kip Varga, 31, is charged with arson.",
            [("Mina Pell", 38, "killed")],
        ),
        (
            "A pedestrian was struck and killed on Route 9 on Friday. She was identified as "
            "Mina Pell, 38. Kip Varga, 31, is charged with leaving the scene.",
            [("Mina Pell", 38, "killed")],
        ),
        (
            "Kip Varga, 31, is charged with vehicular homicide. Police say Varga was driving "
            "drunk when he hit a pedestrian, killing her. The pedestrian was identified as Mina "
            "Pell, 38.",
            [("Mina Pell", 38, "killed")],
        ),
        (
            "Kip Varga, 31, is charged with reckless driving. Police say he hit a cyclist on "
            "Route 9, killing him.",
            [(None, None, "killed")],
        ),
    ],
)
def test_victims_of_a_crash_and_named_late(
    text: str, expected: list[tuple[str | None, int | None, str]]
) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Names listed after a colon that closes a count of the harmed.
        (
            "Kip Varga, 31, shot and killed three people Saturday: Dale Orrin, 45; Mina Pell, "
            "38; and Cole Rudd, 19.",
            [
                ("Cole Rudd", 19, "killed"),
                ("Dale Orrin", 45, "killed"),
                ("Mina Pell", 38, "killed"),
            ],
        ),
        (
            "Kip Varga, 31, shot four people Saturday. Two died: Dale Orrin, 45, and Mina Pell, "
            "38. The other two were hospitalized.",
            [
                (None, None, "injured"),
                (None, None, "injured"),
                ("Dale Orrin", 45, "killed"),
                ("Mina Pell", 38, "killed"),
            ],
        ),
        # Near miss: a list of those arrested is no list of the harmed.
        (
            "Police arrested three people Saturday: Dale Orrin, 45; Mina Pell, 38; and Cole "
            "Rudd, 19.",
            [],
        ),
        # A group's ages told after it, one each.
        (
            "Three people, ages 17, 19 and 22, were wounded in the shooting. Kip Varga, 31, was "
            "arrested Sunday.",
            [(None, 17, "injured"), (None, 19, "injured"), (None, 22, "injured")],
        ),
        # Victims told by relation.
        (
            "Kip Varga, 31, is charged with murder. The victims were a 45-year-old man and his "
            "12-year-old son.",
            [(None, 12, "killed"), (None, 45, "killed")],
        ),
        (
            "Kip Varga, 31, is charged with murder after shooting his ex-girlfriend and her new "
            "boyfriend on Sunday.",
            [(None, None, "killed"), (None, None, "killed")],
        ),
        (
            "Lena Fisk, 24, is charged with murder. Police say she drowned her infant daughter "
            "in a bathtub.",
            [(None, None, "killed")],
        ),
        (
            "Lena Fisk, 24, is charged with child abuse after her 2-year-old son was found with "
            "broken ribs.",
            [(None, 2, "injured")],
        ),
    ],
)
def test_victims_listed_counted_and_by_relation(
    text: str, expected: list[tuple[str | None, int | None, str]]
) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one the police say is the one who killed, named by "is the man who".
        (
            "Police say Kip Varga, 31, is the man who killed Dale Orrin, 45, outside a bar "
            "Sunday. Varga remains at large.",
            [("Kip Varga", "Dale Orrin")],
        ),
        (
            "Police say Kip Varga, 31, is the man who killed Dale Orrin, 45, outside a bar "
            "Sunday. Varga was arrested Monday.",
            [("Kip Varga", "Dale Orrin")],
        ),
        (
            "Police identified Kip Varga, 31, as the man who killed Dale Orrin, 45, outside a "
            "bar Sunday.",
            [("Kip Varga", "Dale Orrin")],
        ),
        # Near miss: the dead man is the one who called police.
        (
            "Dale Orrin, 45, was shot and killed Sunday. Orrin was the man who called police "
            "about a fight earlier. Kip Varga, 31, was charged with murder.",
            [],
        ),
    ],
)
def test_the_man_who_killed(text: str, expected: list[tuple[str, str]]) -> None:
    assert links_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A warrant for the arrest of someone names an arrest still to come.
        (
            "A warrant has been issued for the arrest of Kip Varga, 31, who is charged with robbery.",
            [],
        ),
        ("Police obtained a warrant for the arrest of Kip Varga, 31, on Monday.", []),
        (
            "Police obtained a warrant for the arrest of Kip Varga, 31, and arrested him Tuesday.",
            ["Kip Varga"],
        ),
        # Officers who caught him took him into custody (not "caught sight of").
        (
            "U.S. Marshals caught Kip Varga, 31, at a motel in Ridgefield on Friday. He is "
            "charged with murder.",
            ["Kip Varga"],
        ),
        (
            "Kip Varga, 31, is charged with robbery. Police caught sight of him near a motel "
            "but he escaped.",
            [],
        ),
    ],
)
def test_custody_told_by_those_who_took_it(text: str, expected: list[str]) -> None:
    assert arrested_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The bond just set, posted by the one named: one statement.
        (
            CHARGED + "Bond was set at $25,000, and Varga posted it the same day.",
            {("Kip Varga", 25000, "set"), ("Kip Varga", 25000, "posted")},
        ),
        (
            CHARGED + "A judge set his bail at $25,000, which Varga posted.",
            {("Kip Varga", 25000, "set"), ("Kip Varga", 25000, "posted")},
        ),
        # Amounts given in order to the people told before.
        (
            "Kip Varga, 31, and Mina Pell, 38, are charged with burglary. They are being held "
            "on bonds of $50,000 and $25,000, respectively.",
            {("Kip Varga", 50000, "set"), ("Mina Pell", 25000, "set")},
        ),
        # A clause of its own bond stays its own.
        (
            "Kip Varga, 31, and Mina Pell, 38, are charged with burglary. Varga is held on "
            "$50,000 bond, and Pell was released on $5,000 bail.",
            {("Kip Varga", 50000, "set"), ("Mina Pell", 5000, "posted")},
        ),
    ],
)
def test_bail_posted_by_name_and_given_in_order(
    text: str, expected: set[tuple[str, int, str]]
) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One called "male" or "female", as police releases call one.
        (
            "Kip Varga, 31, was charged with aggravated assault after a 45-year-old male was "
            "stabbed multiple times.",
            [(None, 45, "injured")],
        ),
        (
            "Officers found a 22-year-old male suffering from a gunshot wound. He was "
            "pronounced deceased at the scene. Kip Varga, 31, was arrested.",
            [(None, 22, "killed")],
        ),
        (
            "The victim, a 34-year-old male, was transported to Marlow General Hospital with a "
            "gunshot wound to the leg. Kip Varga, 31, was arrested.",
            [(None, 34, "injured")],
        ),
        # Pronounced dead by those who came.
        (
            "Kip Varga, 31, is charged with murder. Paramedics pronounced the victim dead at "
            "the scene.",
            [(None, None, "killed")],
        ),
        # Held up: a target of a robbery, unharmed unless told.
        (
            "Kip Varga, 31, was charged with robbery after he held up a convenience store clerk "
            "at gunpoint. No one was hurt.",
            [(None, None, "unharmed")],
        ),
        # Near miss: a male suspect is no victim.
        ("A 25-year-old male was arrested Sunday and charged with burglary.", []),
    ],
)
def test_victims_in_police_release_wording(
    text: str, expected: list[tuple[str | None, int | None, str]]
) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    "other",
    [
        "Elsewhere in Marlow, two teens were wounded in a drive-by shooting Sunday night.",
        "Elsewhere, police found a man shot in the arm on Pine Street.",
    ],
)
def test_harm_told_elsewhere_is_another_incident(other: str) -> None:
    text = "Kip Varga, 31, is charged with murder in the death of Dale Orrin, 45. " + other
    assert victims_of(text) == [("Dale Orrin", 45, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        CHARGED + "He posted a $1,500 bond, 10 percent of his $15,000 bail.",
        CHARGED + "He was released after posting $1,500, or 10% of his $15,000 bond.",
    ],
)
def test_share_told_as_part_of_the_bond_after_it(text: str) -> None:
    assert bonds_of(text) == {("Kip Varga", 15000, "posted")}


@pytest.mark.parametrize(
    "text",
    [
        CHARGED + "A judge set bail at $15,000, meaning Varga must post $1,500 to be released.",
        CHARGED + "Bail was set at $15,000; he would need to pay $1,500 to be released.",
    ],
)
def test_the_part_one_must_pay_is_no_bond(text: str) -> None:
    assert bonds_of(text) == {("Kip Varga", 15000, "set")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dale Orrin, 45, and Mina Pell, 38, were both shot in the legs. Kip Varga, 31, was "
            "arrested.",
            [("Dale Orrin", 45, "injured"), ("Mina Pell", 38, "injured")],
        ),
        (
            "Dale Orrin, 45, and Mina Pell, 38, were both killed. Kip Varga, 31, was arrested.",
            [("Dale Orrin", 45, "killed"), ("Mina Pell", 38, "killed")],
        ),
        # The suspect among those hurt stays the suspect.
        (
            "Kip Varga, 31, and Cole Rudd, 22, were both wounded in the gunfight. Varga was "
            "charged with murder in the death of Dale Orrin, 45.",
            [("Cole Rudd", 22, "injured"), ("Dale Orrin", 45, "killed")],
        ),
    ],
)
def test_harm_said_of_both_after_the_verb(
    text: str, expected: list[tuple[str | None, int | None, str]]
) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("was gunned down outside his home", "killed"),
        ("lost his life in the attack", "killed"),
        ("succumbed to his injuries Monday", "killed"),
        ("passed away at a hospital Monday", "killed"),
        ("did not survive", "killed"),
        ("was found unresponsive", "killed"),
        ("was run down by a pickup", "injured"),
        ("was bludgeoned with a hammer", "injured"),
        ("was left paralyzed", "injured"),
        ("was airlifted to Marlow General Hospital", "injured"),
        ("was rushed into surgery", "injured"),
        ("is in a medically induced coma", "injured"),
        # The living body harm is told on is no corpse.
        ("was burned over 60 percent of his body", "injured"),
    ],
)
def test_named_victim_harm_in_more_words(told: str, expected: str) -> None:
    text = f"Police say Dale Orrin, 45, {told}. Kip Varga, 31, was arrested."
    assert victims_of(text) == [("Dale Orrin", 45, expected)]


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("A man was gunned down outside his home", "killed"),
        ("A man succumbed to his injuries Monday", "killed"),
        ("A man lost his life in the attack", "killed"),
        ("A woman was found unresponsive in her apartment", "killed"),
        ("A woman was run down by a pickup", "injured"),
        ("A man was bludgeoned with a hammer", "injured"),
        ("A man was left paralyzed", "injured"),
        ("A woman is in a medically induced coma", "injured"),
    ],
)
def test_described_victim_harm_in_more_words(told: str, expected: str) -> None:
    text = f"{told}, police said. Kip Varga, 31, was arrested."
    assert victims_of(text) == [(None, None, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # In a story of a killing, "a person of interest" with no word of the killing is in it.
        (
            "Dale Orrin, 45, was found dead Sunday. Kip Varga, 31, the victim's roommate, was "
            "arrested Monday on an unrelated warrant. Police called him a person of interest.",
            [("Kip Varga", "Dale Orrin")],
        ),
        # The police suspect someone in a killing: the one they suspect.
        (
            "Kip Varga, 31, was charged with murder in the death of Dale Orrin, 45. Police also "
            "suspect Varga in the 2021 disappearance and death of Mina Pell, 38.",
            [("Kip Varga", "Mina Pell")],
        ),
        # Near miss: a person of interest in a story of no killing.
        (
            "Mina Pell, 38, was robbed Sunday. Police called Kip Varga, 31, a person of interest.",
            [],
        ),
    ],
)
def test_suspected_and_of_interest(text: str, expected: list[tuple[str, str]]) -> None:
    assert links_of(text) == expected


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # Counts with their verbs (and nouns) left out.
        ("A shooting at a Marlow party left two dead and three injured.", 2, 3),
        ("The shooting left two dead.", 2, 0),
        ("Two people were killed and three injured in the shooting.", 2, 3),
        # The others told after "leaving one dead" are besides the one.
        ("The crash left one dead and two others hurt.", 1, 2),
        ("Two people were shot, leaving one man dead and a woman hurt.", 1, 1),
    ],
)
def test_counts_told_without_their_verbs(text: str, killed: int, injured: int) -> None:
    outcomes = [o for _, _, o in victims_of(text + " Kip Varga, 31, was arrested.")]
    assert (outcomes.count("killed"), outcomes.count("injured")) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A described victim told beside a named one is someone besides her.
        (
            "Kip Varga, 31, is charged with murder. Dale Orrin, 45, and a 22-year-old man were "
            "shot outside a bar. Orrin died at a hospital.",
            [(None, 22, "injured"), ("Dale Orrin", 45, "killed")],
        ),
        # ... while one described alone may be the named dead.
        (
            "A man was shot outside a bar Sunday. Dale Orrin, 45, died at a hospital. Kip "
            "Varga, 31, is charged with murder.",
            [("Dale Orrin", 45, "killed")],
        ),
        # "The man" harmed is a man told harmed before.
        (
            "A man and a woman were shot Sunday. The man died at the scene; the woman was "
            "taken to a hospital. Kip Varga, 31, was arrested.",
            [(None, None, "injured"), (None, None, "killed")],
        ),
        (
            "Kip Varga, 31, was arrested. Police said the man was injured when he crashed his "
            "car while fleeing.",
            [],
        ),
    ],
)
def test_described_beside_named_and_the_man_told_again(
    text: str, expected: list[tuple[str | None, int | None, str]]
) -> None:
    assert victims_of(text) == expected


def test_wounding_a_relation_beside_the_named_dead() -> None:
    text = (
        "Kip Varga, 31, is accused of killing his father, Dale Varga, 60, and wounding his "
        "stepmother."
    )
    assert victims_of(text) == [(None, None, "injured"), ("Dale Varga", 60, "killed")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # A count told with a bound is no count of the story's own dead.
        (
            "Kip Varga, 31, is charged with rape. Investigators believe he may be responsible "
            "for the deaths of at least three women.",
            3,
        ),
        # Without one, the deaths of two women may be the story's own.
        (
            "Kip Varga, 31, is charged with murder in the deaths of two women found in his home.",
            0,
        ),
    ],
)
def test_counted_deaths_told_with_a_bound(text: str, count: int) -> None:
    assert links_of(text) == [("Kip Varga", None)] * count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Targets shot at, threatened or missed: unharmed.
        (
            "A woman was shot at but not hit, police said. Kip Varga, 31, was arrested.",
            [(None, None, "unharmed")],
        ),
        (
            "Kip Varga, 31, is charged with aggravated assault. Police say he shot at two men "
            "outside a bar but missed.",
            [(None, None, "unharmed"), (None, None, "unharmed")],
        ),
        (
            "Kip Varga, 31, is charged with making threats. He threatened to kill his wife.",
            [(None, None, "unharmed")],
        ),
        (
            "Kip Varga, 31, is charged with attempted murder. Police said a bullet narrowly "
            "missed a 6-year-old girl.",
            [(None, 6, "unharmed")],
        ),
        # Near misses: shot at a place, or shot at and wounded, is hurt.
        (
            "A man was shot at a party Sunday. Kip Varga, 31, was arrested.",
            [(None, None, "injured")],
        ),
        ("A man was shot at and wounded. Kip Varga, 31, was arrested.", [(None, None, "injured")]),
    ],
)
def test_targets_shot_at_threatened_or_missed(
    text: str, expected: list[tuple[str | None, int | None, str]]
) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What police did besides harm ("identified by police as") makes no police harm.
        (
            "Kip Varga, 31, was charged with murder. The victim, identified by police as Mina "
            "Pell, 38, was found in a park.",
            [("Mina Pell", 38, "killed")],
        ),
        # Near miss: harm done by police is no victim of the case.
        (
            "Kip Varga, 31, was charged with robbery. His accomplice, Cole Rudd, 22, was shot "
            "and killed by police.",
            [],
        ),
    ],
)
def test_named_by_police_is_not_harmed_by_police(
    text: str, expected: list[tuple[str | None, int | None, str]]
) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("The clerk, Mina Pell, 38, was not hurt.", [("Mina Pell", 38, "unharmed")]),
        ("Mina Pell, 38, was hurt.", [("Mina Pell", 38, "injured")]),
        ("Mina Pell, 38, was not harmed.", [("Mina Pell", 38, "unharmed")]),
        # Near miss: the one who said so.
        ("Mina Pell, 38, said nobody was hurt.", []),
    ],
)
def test_hurt_or_not_said_of_a_name(
    told: str, expected: list[tuple[str | None, int | None, str]]
) -> None:
    assert victims_of("Kip Varga, 31, is charged with robbery. " + told) == expected


@pytest.mark.parametrize("told", ["was rushed to Marlow General.", "was flown to Marlow General."])
def test_taken_for_care_said_of_a_name(told: str) -> None:
    text = f"Kip Varga, 31, was arrested. Mina Pell, 38, {told}"
    assert victims_of(text) == [("Mina Pell", 38, "injured")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What the court set after what was asked, also by a pronoun for the bail.
        (
            CHARGED + "Prosecutors asked for $1 million bail; the judge set it at $250,000.",
            {("Kip Varga", 250000, "set")},
        ),
        (
            CHARGED + "Prosecutors asked for $1 million bail, but the judge set it at $250,000.",
            {("Kip Varga", 250000, "set")},
        ),
        (
            CHARGED + "Prosecutors asked for $1 million bail, but Judge Ray Holt set bail at "
            "$250,000.",
            {("Kip Varga", 250000, "set")},
        ),
        # Near miss: "it" of a sentence that names no bail.
        (CHARGED + "The judge set it at $250,000.", set()),
    ],
)
def test_bail_the_court_set_after_what_was_asked(
    text: str, expected: set[tuple[str, int, str]]
) -> None:
    assert bonds_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Those the report names after counting them harmed take that harm.
        (
            "Three people were wounded Sunday. Police identified them as Dale Orrin, 45, Mina "
            "Pell, 38, and Cole Rudd, 19. Kip Varga, 31, was arrested.",
            [
                ("Cole Rudd", 19, "injured"),
                ("Dale Orrin", 45, "injured"),
                ("Mina Pell", 38, "injured"),
            ],
        ),
        (
            "A woman was robbed at gunpoint Sunday. Police identified her as Mina Pell, 38. Kip "
            "Varga, 31, was arrested.",
            [("Mina Pell", 38, "unharmed")],
        ),
    ],
)
def test_named_after_the_harm_was_counted(
    text: str, expected: list[tuple[str | None, int | None, str]]
) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The name told as who the victim was.
        (
            "A man was shot and killed Sunday. The victim was Dale Orrin, 45, of Marlow. Kip "
            "Varga, 31, was charged with murder.",
            [("Dale Orrin", 45, "killed")],
        ),
        (
            "A man was shot and killed Sunday. The victim was 45-year-old Dale Orrin of Marlow. "
            "Kip Varga, 31, was charged with murder.",
            [("Dale Orrin", 45, "killed")],
        ),
        (
            "Kip Varga, 31, was charged with murder. Dale Orrin, the 45-year-old victim, was a "
            "father of three.",
            [("Dale Orrin", 45, "killed")],
        ),
        # Near miss: "the victim was" followed by what befell him names no one.
        (
            "Kip Varga, 31, was charged with robbery. The victim was shot by Varga in the leg.",
            [(None, None, "injured")],
        ),
    ],
)
def test_the_victim_was_named(
    text: str, expected: list[tuple[str | None, int | None, str]]
) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CHARGED + "The store on Bond Street lost $20,000 in merchandise.", set()),
        (
            "Kip Varga, 31, was booked into the Bond County Jail on $20,000 bond.",
            {("Kip Varga", 20000, "set")},
        ),
    ],
)
def test_a_place_named_bond_is_no_bail(text: str, expected: set[tuple[str, int, str]]) -> None:
    assert bonds_of(text) == expected
