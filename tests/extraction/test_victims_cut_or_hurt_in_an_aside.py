"""Harm told of a named person in a relative clause ("Cy Hall, who was stabbed twice, testified",
"the bar owner, Cy Hall, who was cut on the forearm") makes a victim, as "Cy Hall was stabbed"
does; a cut told with where it landed ("was cut on the arm") is a wound, and a doorman is a
role a described victim is told by. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.reading import victims_of

_LEDE = "A fight at a bar turned into a stabbing early Saturday. Police arrested Bo Tran, 41. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cy Hall, who was stabbed twice in the abdomen and spent 11 days in the hospital, "
         "testified Tuesday.", [("Cy Hall", None, "injured")]),
        ("The count involved the bar owner, Cy Hall, who was cut on the forearm while trying to "
         "separate the two men.", [("Cy Hall", None, "injured")]),
        ("Cy Hall, who was beaten, testified Tuesday.", [("Cy Hall", None, "injured")]),
        ("A 33-year-old doorman who tried to break up the fight was cut on the arm.",
         [(None, 33, "injured")]),
    ],
)  # fmt: skip
def test_harm_in_an_aside(text: str, expected: list) -> None:
    assert victims_of(_LEDE + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cy Hall, who cut the power to the bar, testified Tuesday.",
        "Cy Hall, who was cut from the team last year, testified Tuesday.",
        "Cy Hall, who was charged with obstruction, testified Tuesday.",
        "Cy Hall, who was working the door, testified Tuesday.",
    ],
)  # fmt: skip
def test_no_harm_in_the_aside(text: str) -> None:
    assert victims_of(_LEDE + text) == []
