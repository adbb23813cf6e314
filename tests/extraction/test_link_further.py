"""Links to a killing besides the case's: a charge still to come in a further killing, and the
dead of that killing named where the report tells it apart from the case's. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import facts_of

CHARGED = "Orin Pask, 41, was charged with murder in the death of Nell Carrow, 29. "


def links(text: str) -> list[tuple[str | None, str, str | None]]:
    return sorted(
        ((f["person"], f["relation"], f["victim"]) for f in facts_of("LinkedToHomicide", text)),
        key=str,
    )


@pytest.mark.parametrize(
    "text",
    [
        CHARGED + "He is also expected to face charges in a second killing.",
        CHARGED + "Prosecutors said he will likely face charges in a separate homicide.",
        CHARGED + "He is expected to be charged in another killing, officials said.",
    ],
)
def test_a_charge_to_come_in_a_further_killing_is_a_link(text: str) -> None:
    assert links(text) == [("Orin Pask", "expected to be charged", None)]


@pytest.mark.parametrize(
    "text",
    [
        # a charge to come in no killing, or in one of the case's own dead
        CHARGED + "He is also expected to face a weapons charge.",
        CHARGED + "He is expected to face additional charges, including burglary.",
        "Orin Pask, 41, and Ada Brill, 30, were charged with murder in the deaths of Nell "
        "Carrow, 29, and Tad Wend, 50. Brill is expected to face charges in the other victim's "
        "death as well.",
    ],
)
def test_a_charge_to_come_in_no_further_killing_is_no_link(text: str) -> None:
    assert [link for link in links(text) if link[1] == "expected to be charged"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CHARGED + "He is also a suspect in another killing, the 2016 death of Bram Tull.",
            [("Orin Pask", "suspect", "Bram Tull")],
        ),
        (
            CHARGED + "Prosecutors said he will be charged in a separate homicide, that of "
            "Bram Tull, 37.",
            [("Orin Pask", "expected to be charged", "Bram Tull")],
        ),
        (
            CHARGED + "He is also a person of interest in an unrelated killing, the stabbing "
            "death of his landlord, Bram Tull.",
            [("Orin Pask", "person of interest", "Bram Tull")],
        ),
        (
            CHARGED + "He was also charged in two other killings, those of Bram Tull and Iva Senn.",
            [("Orin Pask", "charged", "Bram Tull"), ("Orin Pask", "charged", "Iva Senn")],
        ),
    ],
)
def test_the_dead_of_a_further_killing_are_named(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert links(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a name in the sentence that is no one's dead: an official, a witness
        CHARGED + "He is also a suspect in another killing, Detective Ross Vane said.",
        CHARGED + "He is also a suspect in another killing, police said, adding that a "
        "witness, Bram Tull, came forward.",
    ],
)
def test_a_further_killing_names_no_dead_it_does_not_tell(text: str) -> None:
    assert links(text) == [("Orin Pask", "suspect", None)]


FOUND = "Nell Carrow, 29, was found dead Sunday. Orin Pask, 41, was arrested in her death. "


@pytest.mark.parametrize(
    "text",
    [
        FOUND + "Pask was already charged with murder in the March killing of Bram Tull, 37.",
        FOUND + "Pask is also charged with murder in the 2022 death of Bram Tull.",
    ],
)
def test_a_charge_set_apart_from_the_opening_killing_is_a_further_one(text: str) -> None:
    # the charge in the other killing is a link to it and ends none to the opening one
    assert links(text) == [
        ("Orin Pask", "charged", "Bram Tull"),
        ("Orin Pask", "suspect", "Nell Carrow"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a charge in the opening killing itself, or in one more of its own dead
        FOUND + "He was also charged with murder in the death of Nell Carrow.",
        "Nell Carrow, 29, and Bram Tull, 37, were shot to death Sunday. Orin Pask, 41, was "
        "arrested Monday. He was charged with murder in the death of Carrow and also charged "
        "with murder in the death of Tull.",
    ],
)
def test_a_charge_in_the_opening_killing_is_no_further_one(text: str) -> None:
    assert links(text) == []


@pytest.mark.parametrize(
    "text",
    [
        CHARGED + "Pask is awaiting trial in the 2021 killing of Bram Tull.",
        CHARGED + "He was free on bond while awaiting trial in the shooting death of Bram Tull.",
    ],
)
def test_awaiting_trial_in_a_further_killing_is_charged_in_it(text: str) -> None:
    assert links(text) == [("Orin Pask", "charged", "Bram Tull")]


@pytest.mark.parametrize(
    "text",
    [
        # the case's own killing, or no killing at all
        CHARGED + "He is awaiting trial in her death.",
        CHARGED + "He is awaiting trial on a robbery charge in another case.",
    ],
)
def test_awaiting_trial_in_no_further_killing_is_no_link(text: str) -> None:
    assert links(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CHARGED + "Police said Pask has been connected to a cold case: the 1997 strangling "
            "death of Bram Tull.",
            [("Orin Pask", "suspect", "Bram Tull")],
        ),
        (
            CHARGED + "DNA evidence also tied him to a 1990s cold case, police said.",
            [("Orin Pask", "suspect", None)],
        ),
        # a unit's name ties no one
        (CHARGED + "The county's cold case unit helped with the investigation.", []),
    ],
)
def test_a_cold_case_is_a_further_killing(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert links(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        CHARGED + "Prosecutors in another county obtained a warrant this week charging Pask "
        "with murder in the May killing of Bram Tull, 62.",
        CHARGED + "A second complaint charges Pask with murder in the shooting death of Bram Tull.",
    ],
)
def test_a_charge_told_actively_in_a_further_killing_is_charged_in_it(text: str) -> None:
    assert links(text) == [("Orin Pask", "charged", "Bram Tull")]


@pytest.mark.parametrize(
    "text",
    [
        # the active charge in the case's own killing, or in no killing
        CHARGED + "The complaint charging Pask with murder in her death was unsealed.",
        CHARGED + "Prosecutors are charging Pask with murder in the death of Carrow.",
        CHARGED + "A second complaint charges Pask with theft in the burglary of a garage.",
    ],
)
def test_a_charge_told_actively_in_the_case_killing_is_no_link(text: str) -> None:
    assert links(text) == []


COLD = (
    "The man accused of killing Nell Carrow made his first appearance Wednesday. "
    "Orin Pask, 62, pleaded not guilty to a charge of second-degree murder. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            COLD + "Prosecutors in Nevada said Pask is expected to be charged in the 1991 "
            "killing of Bram Tull, whose body was found in a ravine.",
            [("Orin Pask", "expected to be charged", "Bram Tull")],
        ),
        (
            COLD + "A prosecutor told reporters that Pask will be charged in the 1989 death of "
            "Bram Tull.",
            [("Orin Pask", "expected to be charged", "Bram Tull")],
        ),
        # near misses: the case's own killing, or a charge to come in no killing
        (
            COLD + "Prosecutors said Pask is expected to be charged in the 1994 killing of Carrow.",
            [],
        ),
        (COLD + "Prosecutors said Pask is expected to be charged in a 1991 burglary.", []),
    ],
)
def test_a_killing_dated_apart_from_the_case_is_a_further_one(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert links(text) == expected


CRASH = (
    "Ann Lee, 23, was charged with homicide by intoxicated use of a vehicle in the crash that "
    "killed Bram Tull, 57. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one more homicide count in the case's own killing
        (
            CRASH + "Lee was also charged with homicide by use of a vehicle with a prohibited "
            "alcohol concentration.",
            [],
        ),
        (CRASH + "She was also charged with vehicular homicide.", []),
        # near miss: the further count told in another killing
        (
            CRASH + "Lee is also charged with homicide in the death of Cy Hall, 30, killed in "
            "a separate crash.",
            [("Ann Lee", "charged", None)],
        ),
        (
            CRASH + "Lee was also charged with homicide in a second fatal crash.",
            [("Ann Lee", "charged", None)],
        ),
    ],
)
def test_a_further_homicide_count_naming_no_killing_is_the_case_own(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert links(text) == expected
