"""Homicide links told before any arrest or charge (extraction/homicide.py, link_wording.py):
who the police say did the harm that killed, the gunman they name, a suspect who surrenders,
and a named suspect never arrested or charged; and the people such stories name who are no
victims (the gunman who killed himself, a place named like a person)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of, links_of


def victims_of(text: str) -> set[tuple[str | None, str]]:
    return {(f["name"], f["outcome"]) for f in facts_of("VictimReported", text)}


DEATH = "Omar Petit, 44, died at a hospital early Sunday after a dispute in a parking lot. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Harm that killed, told of a named person: he is tied to the killing.
        (
            DEATH + "Sheriff Nell Byrd said Dario Kent is believed to have shot Petit during "
            "the argument.",
            [("Dario Kent", "Omar Petit")],
        ),
        (
            DEATH + "Police said Dario Kent, 25, stabbed Petit twice before driving away.",
            [("Dario Kent", "Omar Petit")],
        ),
        # No one died: the same words tie no one to a killing.
        (
            "Omar Petit, 44, was treated for a wound after a dispute in a parking lot. Police "
            "said Dario Kent, 25, stabbed Petit before driving away.",
            [],
        ),
    ],
)
def test_harm_that_killed(text: str, expected: list) -> None:
    assert links_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Surrenders in the killing": an unnamed suspect tied to it.
        (
            "Teen surrenders in killing of man at bus stop\n\nA 16-year-old turned himself in "
            "on Friday, police said. Omar Petit, 44, was shot to death at a bus stop.",
            [(None, "Omar Petit")],
        ),
        # A named suspect who was neither arrested nor charged: killed by police, or at large.
        (
            "A man who fatally shot a cashier, Omar Petit, 44, during a robbery was killed by "
            "officers an hour later. Police said the suspect, identified as Dario Kent, 25, "
            "fired at officers who stopped his car.",
            [("Dario Kent", "Omar Petit")],
        ),
        # A sentencing story: its defendant was charged, so no link.
        (
            "A man who struck and killed Omar Petit, 44, with his car was sentenced Friday to "
            "a year in jail. Dario Kent, 25, fled the scene and turned himself in days later.",
            [],
        ),
    ],
)
def test_suspect_before_any_charge(text: str, expected: list) -> None:
    assert links_of(text) == expected


def test_the_gunman_who_killed_himself_is_no_victim() -> None:
    text = (
        "A man shot and killed his former wife outside her office Monday before turning the "
        "gun on himself, police said. Police identified the gunman as Rex Vogel, 50. The "
        "woman, Ida Vogel, 47, died at the scene. Vogel was found dead in his truck nearby."
    )
    assert links_of(text) == [("Rex Vogel", "Ida Vogel")]
    assert victims_of(text) == {("Ida Vogel", "killed")}


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        (
            "A man is the prime suspect in the killing of a jogger on the Fox Hollow trail last "
            "month, police said. Detectives believe Dario Kent shot and killed Ana Ruiz, 26.",
            {("Ana Ruiz", "killed")},
        ),
        (
            "A man was sentenced for killing his cousin on the Crow Indian Reservation. Dario "
            "Kent beat Omar Petit, 41, who died two days later.",
            {("Omar Petit", "killed")},
        ),
    ],
)
def test_a_place_named_like_a_person_is_no_victim(text: str, victims: set) -> None:
    assert victims_of(text) == victims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Who says he did it: a confession before any homicide charge ties him to it.
        (
            "A man confessed to shooting his neighbor over a fence, deputies said. Abe Lund, 67, "
            "told deputies he shot Cy Pratt, 59, with a rifle. Pratt died at the scene. Lund "
            "was booked on a charge of aggravated assault.",
            [("Abe Lund", "Cy Pratt")],
        ),
        # Charges pleaded to without their names, in a story of the killing: charged.
        (
            "The man who told investigators he killed his neighbor, Cy Pratt, appeared in court "
            "Wednesday. Abe Lund pleaded not guilty last month to the 12 charges against him.",
            [],
        ),
    ],
)
def test_confessions_and_charges_pleaded_to(text: str, expected: list) -> None:
    assert links_of(text) == expected


def test_the_dead_of_another_charged_killing_are_no_victims_of_the_case() -> None:
    text = (
        "A judge sentenced Abe Lund, 30, to life in prison for the murder of Cy Pratt, 58, "
        "who was shot behind the counter of his store. Lund is also charged with murder in the "
        "2023 killing of Eli Ford, 19, and is to stand trial in that case in March."
    )
    assert links_of(text) == [("Abe Lund", "Eli Ford")]
    assert victims_of(text) == {("Cy Pratt", "killed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Charged only with the shooting's other offences, more charges to come for the death.
        (
            "Five people were shot at a party late Saturday. One of them, a 17-year-old girl, "
            "died Sunday. Police arrested Abe Lund, 19, and charged him with four counts of "
            "aggravated battery. Police said more charges are expected because of the girl's "
            "death.",
            [("Abe Lund", None)],
        ),
        # The homicide charge itself filed: no link.
        (
            "Five people were shot at a party late Saturday. One of them, a 17-year-old girl, "
            "died Sunday. Police arrested Abe Lund, 19, and charged him with first-degree "
            "murder. Police said more charges are expected.",
            [],
        ),
    ],
)
def test_more_charges_expected_for_the_death(text: str, expected: list) -> None:
    assert links_of(text) == expected


LIND = "Rosa Lind, 45, was found dead in her home Sunday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Who the police say did it, in an apposition: linked, and no victim.
        (
            LIND + "Karl Penn, 33, the man police say killed Lind, remains at large.",
            [("Karl Penn", "Rosa Lind")],
        ),
        (
            LIND + "Investigators identified Karl Penn, 33, as the person responsible for her "
            "death.",
            [("Karl Penn", "Rosa Lind")],
        ),
        (
            LIND + "Police said Karl Penn, 33, was the shooter.",
            [("Karl Penn", "Rosa Lind")],
        ),
        # Killings counted besides the case's: "also a suspect in the slayings of two women".
        (
            "Karl Penn, 33, was charged with murder in the death of Rosa Lind. He is also a "
            "suspect in the slayings of two women in 2019.",
            [("Karl Penn", None), ("Karl Penn", None)],
        ),
        (
            "Karl Penn, 33, was charged with robbery. Police said he is also a suspect in two "
            "killings.",
            [("Karl Penn", None), ("Karl Penn", None)],
        ),
        # Without "also", the deaths of two women may be the case's own: no count of others.
        (
            "Karl Penn, 33, was charged with murder in the deaths of two women.",
            [],
        ),
    ],
)
def test_more_wordings_of_a_link(text: str, expected: list) -> None:
    assert links_of(text) == expected


def test_the_man_police_say_killed_is_no_victim() -> None:
    text = LIND + "Karl Penn, 33, the man police say killed Lind, remains at large."
    assert victims_of(text) == {("Rosa Lind", "killed")}


def test_a_family_killed_before_any_charge() -> None:
    # Held on suspicion of three counts of murder: one link per victim, two of them children
    # named by first name only.
    text = (
        "A man whose wife and two daughters vanished this week was arrested Wednesday. Cole "
        "Hask, 34, was taken into custody on suspicion of three counts of first-degree murder. "
        "Investigators believe Hask killed his wife, Lora Hask, 33, and their daughters, Ava, 4, "
        "and Lily, 3, at the home. Formal charges have not been filed."
    )
    assert links_of(text) == [("Cole Hask", None), ("Cole Hask", None), ("Cole Hask", "Lora Hask")]
    victims = sorted((f["name"] or "", f["age"] or 0) for f in facts_of("VictimReported", text))
    assert victims == [("", 3), ("", 4), ("Lora Hask", 33)]


def test_the_gunman_identified_after_a_comma() -> None:
    text = (
        "A deputy was killed Monday when a man opened fire at a rural home. Deputy Mark Reed, "
        "29, died at a hospital. The gunman, identified as Roy Till, 58, was killed when other "
        "deputies returned fire."
    )
    assert links_of(text) == [("Roy Till", "Mark Reed")]
    assert victims_of(text) == {("Mark Reed", "killed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LIND + "Karl Penn, 33, was jailed on a probation violation. Police called him the "
            "prime suspect.",
            [("Karl Penn", "Rosa Lind")],
        ),
        (
            LIND + "Karl Penn, 33, was arrested in Ohio on Monday. Police said he confessed to "
            "the killing.",
            [("Karl Penn", "Rosa Lind")],
        ),
        # Two suspects named as the subject of one link: both linked, neither a victim.
        (
            LIND + "Karl Penn, 33, and Toby Vance, 30, are suspects in her death.",
            [("Karl Penn", "Rosa Lind"), ("Toby Vance", "Rosa Lind")],
        ),
        # "After allegedly killing his parents, Bo Tran drove": the subject after the comma.
        (
            "Two people were found dead in a house on Monday. After allegedly killing his "
            "parents, Karl Penn drove to Ohio, police said.",
            [("Karl Penn", None)],
        ),
    ],
)
def test_suspects_named_and_called(text: str, expected: list) -> None:
    assert links_of(text) == expected


def test_two_suspects_in_her_death_are_no_victims() -> None:
    text = LIND + "Karl Penn, 33, and Toby Vance, 30, are suspects in her death."
    assert victims_of(text) == {("Rosa Lind", "killed")}


def test_a_suspect_in_a_shooting_that_killed_two_is_linked_to_each() -> None:
    text = (
        "Rosa Lind, 45, and Tom Hale, 50, were killed in a shooting outside a bar on Sunday. "
        "Police arrested Karl Penn, 33, in connection with the shooting on Monday."
    )
    assert links_of(text) == [("Karl Penn", "Rosa Lind"), ("Karl Penn", "Tom Hale")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one police search for by name, in a story of a killing.
        (
            "Omar Petit, 68, was beaten and died at the scene of a home invasion. Police "
            "arrested Dario Kent, 23, in connection with the killing. Police are searching for "
            "Tim Reyes, 22, who is considered armed and dangerous.",
            [("Dario Kent", "Omar Petit"), ("Tim Reyes", "Omar Petit")],
        ),
        # "searching for whoever", "before seeking medical care": no one named.
        (
            "Police are searching for whoever opened fire early Saturday, killing Omar Petit, 29.",
            [],
        ),
        # A person named only where no one is called the one who did it is not linked.
        (
            "Omar Petit, 44, was found beaten in her kitchen. Police named her ex-husband, Dario "
            "Kent, 52, as the suspect in her killing. His first wife, Ana Pike, drowned in a lake "
            "in 2019.",
            [("Dario Kent", "Omar Petit")],
        ),
    ],
)
def test_sought_by_name(text: str, expected: list) -> None:
    assert links_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "also" opening a report adds a killing to what the sentence says of the man it
        # describes; the report names him next.
        (
            "A man arrested in the killing of Lionel Ashby is also a suspect in the death of "
            "Rosa Ferrante, police said. Kendrick Mayhew, 29, was arrested Monday.",
            ["Kendrick Mayhew", "Kendrick Mayhew"],
        ),
        # Once a suspect is told, "a woman ... also" is someone new.
        (
            "Kendrick Mayhew, 29, is a suspect in the death of Rosa Ferrante. A woman who was "
            "with him is also wanted in the killing, police said.",
            [None, "Kendrick Mayhew"],
        ),
    ],
)
def test_also_in_a_lede_is_said_of_the_man_it_describes(text: str, expected: list) -> None:
    assert [person for person, _victim in links_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a suspect" with no "in ..." in a story of a killing: a suspect in that killing,
        # said of a name or of the pronoun that refers to it.
        (
            DEATH + "Dario Kent, 25, was arrested Monday. He is considered a suspect, police said.",
            [("Dario Kent", "Omar Petit")],
        ),
        (
            DEATH + "Police said Dario Kent, 25, remains a suspect.",
            [("Dario Kent", "Omar Petit")],
        ),
        # Held on his own other matter, then tied to the killing: of the case all the same.
        (
            DEATH + "Dario Kent, 25, was arrested Monday on an unrelated warrant. Police said "
            "Kent is considered a suspect.",
            [("Dario Kent", "Omar Petit")],
        ),
        (
            DEATH + "Dario Kent, 25, was arrested Monday on an unrelated warrant and is "
            "considered a suspect in his death.",
            [("Dario Kent", "Omar Petit")],
        ),
        # Near misses: denied, of another crime, or no one named.
        (
            DEATH + "Dario Kent, 25, was arrested Monday. He is not a suspect, police said.",
            [],
        ),
        (
            DEATH + "Dario Kent, 25, was arrested Monday. He is a suspect in a string of "
            "burglaries, police said.",
            [],
        ),
        (DEATH + "Police said they have not named a suspect.", []),
    ],
)
def test_a_suspect_told_without_the_killing_named(text: str, expected: list) -> None:
    assert links_of(text) == expected
