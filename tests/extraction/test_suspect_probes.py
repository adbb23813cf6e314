"""Suspects introduced the ways crime news introduces them beyond "X, 30, of Y, was
arrested": a purpose only the accused has ("flown back to face charges"), an admission of the
deed, a name given to a described suspect ("He is ..."), the others of a counted group, Korean
names, a booking photo. Each rule has a near miss it must not read. Every sentence here is
written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction.reading import suspects_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man wanted in a Tucson killing waived extradition Tuesday. Omar Bakr, 31, will "
            "be flown back to Arizona to face a murder charge.",
            {("Omar Bakr", 31): 1},
        ),
        (
            "Police said Wes Halloran, 44, returned from Mexico on Friday to stand trial.",
            {("Wes Halloran", 44): 1},
        ),
        (
            "Detectives said Cole Varga, 26, admitted that he stabbed his roommate during an "
            "argument.",
            {("Cole Varga", 26): 1},
        ),
    ],
)  # fmt: skip
def test_what_only_the_accused_does_makes_a_suspect(text: str, expected: dict) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "text",
    [
        # She travels to face the man, not a charge.
        "Lena Ortiz, 52, flew to Tucson to face the man who killed her son in court.",
        # A victim tells the police what someone else did to her.
        "Ada Kerr, 40, told detectives he punched her twice before he ran off.",
        # An admission to a hospital is no admission of a deed.
        "Ada Kerr, 40, was admitted to a hospital after she was struck by a car.",
    ],
)
def test_facing_someone_or_telling_the_police_makes_no_suspect(text: str) -> None:
    assert not [name for name, _ in suspects_of(text) if name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police have named a suspect in Friday's robbery of a credit union in Tacoma. He is "
            "Rory Vance, 39, of Lakewood, police said.",
            {("Rory Vance", 39): 1},
        ),
        (
            "Deputies arrested a driver after a crash that hurt two children. The driver is Ida "
            "Brandt, 58, of Erie.",
            {("Ida Brandt", 58): 1},
        ),
    ],
)  # fmt: skip
def test_a_sentence_saying_who_the_described_suspect_is_names_him(
    text: str, expected: dict
) -> None:
    assert suspects_of(text) == Counter(expected)


@pytest.mark.parametrize(
    "text",
    [
        # The man described was found dead: his name is a victim's.
        "A man was found dead in a parked car in Troy on Sunday. He was Ray Dunn, 45.",
        # The sentence says whose neighbour he is, not who he is.
        "Police arrested a man Friday. He is Ann Lee's neighbor, she said.",
    ],
)
def test_who_a_harmed_description_is_or_whose_relative_names_no_suspect(text: str) -> None:
    assert not [name for name, _ in suspects_of(text) if name]
