"""Victims told in apposition to a role, found with a wound, or hurt beside the one killed
(extraction/victims.py, victim_names.py, harm_words.py)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The victim, a 52-year-old woman," is one victim, and "not injured" is no injury.
        (
            "A teen was charged with robbery after a woman was held at gunpoint outside a "
            "bank. The victim, a 52-year-old woman, was not injured.",
            [(None, 52, "unharmed")],
        ),
        (
            "Police arrested Joel Marsh, 19, after a man was robbed at a bus stop. The victim, "
            "a 70-year-old man, was not hurt.",
            [(None, 70, "unharmed")],
        ),
        (
            "Police arrested Joel Marsh, 19, after a man was robbed at a bus stop. The victim, "
            "a 70-year-old man, was treated for a cut to his hand.",
            [(None, 70, "injured")],
        ),
    ],
)
def test_the_victim_described_once(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The name set off by commas after "The victim" is the one harmed.
        (
            "Police are looking for Ross Tate, 30. The victim, Ivan Soto, was stabbed in the "
            "chest during an argument and died at a hospital.",
            [("Ivan Soto", None, "killed")],
        ),
        (
            "Police are looking for Ross Tate, 30. Her brother, Ivan Soto, was shot in the "
            "arm and is expected to recover.",
            [("Ivan Soto", None, "injured")],
        ),
        # The role may carry its own "of the ..." and the name its age and home town; what
        # follows the comma that closes the apposition is said of the one named.
        (
            "Police say Ross Tate, 30, stole a van and rammed a pickup. The driver of the "
            "pickup, 67-year-old Ivan Soto of Lorne Falls, was pronounced dead at the scene.",
            [("Ivan Soto", 67, "killed")],
        ),
        (
            "Police say Ross Tate, 30, robbed a bakery. The owner of the shop, 58-year-old "
            "Ivan Soto, was struck in the arm by a bullet.",
            [("Ivan Soto", 58, "injured")],
        ),
        (
            "Police say Ross Tate, 30, robbed a bakery. The clerk, 24-year-old Ivan Soto of "
            "Wexley, was shot in the leg.",
            [("Ivan Soto", 24, "injured")],
        ),
        # Not after a role: "Tate, 30, was arrested" says nothing of harm.
        (
            "Ross Tate, who shot Ivan Soto, was arrested on Monday. Soto survived.",
            [("Ivan Soto", None, "injured")],
        ),
    ],
)
def test_named_in_apposition_to_a_role(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Found with a wound, after the place where she was found; "She died" then.
        (
            "Deputies found Rita Gomez, 39, in a back bedroom with a gunshot wound to the "
            "head. She died at the scene. Her husband was arrested.",
            [("Rita Gomez", 39, "killed")],
        ),
        (
            "Officers found Abel Nunez, 22, behind a gas station suffering from multiple stab "
            "wounds. He was taken to a hospital in critical condition.",
            [("Abel Nunez", 22, "injured")],
        ),
        # "was found shot to death": killed, not only shot.
        (
            "A man is expected to be charged with murder after his wife was found shot to "
            "death in their home on Sunday, police said.",
            [(None, None, "killed")],
        ),
    ],
)
def test_found_harmed(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One described person hurt besides the named dead: both are victims.
        (
            "Tara Lyle, 28, is charged with vehicular homicide in the crash that killed Gus "
            "Ward, 52. Her passenger, a 30-year-old man, suffered a broken arm.",
            [(None, None, "injured"), ("Gus Ward", 52, "killed")],
        ),
        # A count of the hurt still takes in the named dead ("Two people were shot").
        (
            "Two people were shot outside a bar on Friday. Gus Ward, 52, died at a hospital. "
            "Police arrested Tara Lyle, 28.",
            [(None, None, "injured"), ("Gus Ward", 52, "killed")],
        ),
        # "Another boy, 16," hurt by a stray round.
        (
            "A 17-year-old was arrested after a 15-year-old was shot to death at a park. "
            "Another boy, 16, was grazed by a bullet.",
            [(None, 15, "killed"), (None, 16, "injured")],
        ),
    ],
)
def test_hurt_beside_the_dead(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "was found strangled": the harm after "found" kills.
        (
            "Police arrested Ned Cole, 41, years after Ivy Marsh, 17, was found strangled in "
            "a wooded lot.",
            [("Ivy Marsh", 17, "killed")],
        ),
        # "was shot in the chest" says nothing of whether he lived: the case's killing.
        (
            "A home invasion left a 72-year-old man dead, police said. Abel Ortiz was shot in "
            "the chest when he tried to stop the intruders. Ned Cole, 20, was charged with "
            "murder.",
            [("Abel Ortiz", None, "killed")],
        ),
        # Shot in the leg, with someone else dead: hurt.
        (
            "Lena Ward, 30, was killed in a shooting on Friday. Abel Ortiz was shot in the leg. "
            "Ned Cole, 20, was charged with murder.",
            [("Abel Ortiz", None, "injured"), ("Lena Ward", 30, "killed")],
        ),
        # Shot, and no one is said to have died: hurt.
        (
            "Abel Ortiz was shot during a robbery on Friday. Ned Cole, 20, was charged with "
            "armed robbery.",
            [("Abel Ortiz", None, "injured")],
        ),
    ],
)
def test_harm_that_does_not_say_who_lived(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Remains identified "as those of" the dead.
        (
            "A woman's remains were found in a state forest last week. The remains were "
            "identified as those of Kira Dunn, 35. Her death is being investigated as a "
            "homicide.",
            [("Kira Dunn", 35, "killed")],
        ),
        # The official who speaks of "her death" is not the one who died.
        (
            "The remains were identified as those of Kira Dunn, 35. Sheriff Lou Avery said her "
            "death is being investigated as a homicide.",
            [("Kira Dunn", 35, "killed")],
        ),
        # "Accused of stabbing a woman" is a verb: she is hurt, whatever other death is told.
        (
            "A man accused of stabbing a woman outside a bar is also wanted in another state in "
            "the 2024 death of his roommate. The 29-year-old woman was stabbed in the abdomen and "
            "is expected to survive.",
            [(None, 29, "injured")],
        ),
    ],
)
def test_remains_speakers_and_verbs_of_harm(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name sharing its verb with others named by no name.
        (
            "Police arrested Cy Hall, 30. Ann Lee and two neighbors escaped without injury.",
            [(None, None, "unharmed"), (None, None, "unharmed"), ("Ann Lee", None, "unharmed")],
        ),
        (
            "Police arrested Cy Hall, 30. Ann Lee and the others were unharmed.",
            [("Ann Lee", None, "unharmed")],
        ),
        # "escaped without injury" counted.
        (
            "Police arrested Cy Hall, 30, after a fire at a home. Two grandchildren escaped "
            "without injury.",
            [(None, None, "unharmed"), (None, None, "unharmed")],
        ),
    ],
)
def test_escaped_with_others(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Abuse and carjacking counted or told of one person.
        (
            "A former coach was sentenced to 18 years after pleading guilty to sexually abusing "
            "three boys he coached.",
            [(None, None, "injured")] * 3,
        ),
        (
            "Two teens were charged after police say they carjacked a woman at gunpoint in a "
            "parking lot. Isaac Burke, 16, and Dane Penn, 17, were arrested.",
            [(None, None, "unharmed")],
        ),
        # "The driver of the minivan ... was flown to a hospital", and two children besides.
        (
            "Brent Eck, 24, was charged with drunken driving. The driver of the minivan, a "
            "39-year-old woman, was flown to a hospital in critical condition. Her two "
            "children suffered broken bones and cuts.",
            [(None, None, "injured")] * 3,
        ),
        # A group of boys counts a boy told of alone.
        (
            "Three boys were shot at a park on Friday. A 12-year-old boy was shot in the leg. "
            "Police arrested Brent Eck, 24.",
            [(None, None, "injured"), (None, None, "injured"), (None, 12, "injured")],
        ),
    ],
)
def test_abuse_carjacking_and_groups(text: str, expected: list) -> None:
    assert victims_of(text) == expected


def test_a_suspect_hurt_and_then_held_is_no_victim() -> None:
    text = (
        "A wrong-way driver crashed into a minivan on Sunday, troopers said. Brent Eck was "
        "charged with drunken driving. Eck was also injured and was taken into custody after "
        "his release from the hospital."
    )
    assert [v for v in victims_of(text) if v[0]] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A threat, a death that only could have been, a dog and a statistic kill no one: the
        # woman stabbed and expected to survive is hurt.
        (
            "A judge ordered Cal Voss, 35, held without bond on charges that he stabbed his "
            "former girlfriend at her apartment. He also killed the woman's dog. Her mother said "
            "her daughter could have been killed. Prosecutors said Voss had threatened to kill "
            "her for weeks. Advocates said 14 women were killed by a partner in the county last "
            "year.",
            [(None, None, "injured")],
        ),
        # A count of the case's own dead is still counted.
        (
            "Three people were killed in a house fire on Sunday, and Cal Voss, 35, was charged "
            "with arson.",
            [(None, None, "killed")] * 3,
        ),
    ],
)
def test_deaths_no_one_died(text: str, expected: list) -> None:
    assert victims_of(text) == expected


P = "Police arrested Karl Penn, 33, on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (P + "The body of a 34-year-old woman was found in a car.", [(None, 34, "killed")]),
        (
            P + "Officers found the body of Rosa Lind, 34, in a car.",
            [("Rosa Lind", 34, "killed")],
        ),
        (P + "The shooting left Rosa Lind, 34, paralyzed.", [("Rosa Lind", 34, "injured")]),
        (
            P + "A man and a woman were found shot to death inside the home.",
            [(None, None, "killed"), (None, None, "killed")],
        ),
        (
            P + "Rosa Lind's 6-year-old son was also shot and is in critical condition.",
            [(None, 6, "injured")],
        ),
    ],
)
def test_bodies_possessives_and_pairs(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Targets of a weapon pointed at them, counted: unharmed.
        (
            P + "Penn pointed a gun at two clerks and demanded cash. No one was hurt.",
            [(None, None, "unharmed")] * 2,
        ),
        (P + "Three customers were shot and wounded.", [(None, None, "injured")] * 3),
        # Counted people of whom no harm is told are no victims.
        (P + "Two employees were working at the time.", []),
        (P + "Two employees were arrested for theft.", []),
    ],
)
def test_counted_targets(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "identified the man shot and killed ... as X"
        (
            "Police on Tuesday identified the man shot and killed Sunday night outside a "
            "convenience store as Ty Banks, 31. A 19-year-old woman who was with Banks was "
            "grazed by a bullet.",
            [(None, 19, "injured"), ("Ty Banks", 31, "killed")],
        ),
    ],
)
def test_identified_as_and_who_was_with(text: str, expected: list) -> None:
    assert victims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nia Cole, 24, was shot and killed outside a laundromat Friday. A second man, 31, "
            "was wounded in the shooting and is expected to survive.",
            [(None, 31, "injured"), ("Nia Cole", 24, "killed")],
        ),
        (
            "Nia Cole, 24, was shot and killed outside a laundromat Friday. Another woman, 19, "
            "was hurt.",
            [(None, 19, "injured"), ("Nia Cole", 24, "killed")],
        ),
    ],
)
def test_an_unnamed_victims_age_in_an_apposition(text: str, expected: list) -> None:
    assert victims_of(text) == expected


def test_a_victim_told_by_what_they_were_doing() -> None:
    text = (
        "Nia Cole, 24, was shot and killed at a park Friday. A 12-year-old boy who was "
        "watching the game was grazed by a bullet."
    )
    assert victims_of(text) == [(None, 12, "injured"), ("Nia Cole", 24, "killed")]
