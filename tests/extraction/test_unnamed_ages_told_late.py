"""A co-suspect the report does not name, whose age (and home) it tells in a predicate or past
an aside rather than right beside the noun: "The second suspect is a 16-year-old boy from
Elmdale", "The third suspect was 15 at the time", "The 17-year-old, whose name was not
released, was charged", "the 15-year-old arrested with Tran". And a description that is the
object of the deed a suspect is accused of is no suspect's. Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest

from casefile.extraction import extract_facts
from tests.extraction.reading import PUBLISHED, suspects_of


def _unnamed(text: str) -> list[tuple[int | None, str | None]]:
    return sorted(
        ((f.fields["age"], f.fields["residence"])
         for f in extract_facts(text, PUBLISHED)
         if f.kind == "SuspectIdentified" and f.fields["name"] is None),
        key=str,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bo Tran, 19, of Marlow, is charged with robbery. The second suspect is a 16-year-old "
         "boy from Elmdale. Police did not release his name.", [(16, "Elmdale")]),
        ("Bo Tran, 19, and Cal Ng, 22, pleaded guilty to robbery. The third suspect was 15 at the "
         "time, and his case was handled in juvenile court.", [(15, None)]),
        ("Bo Tran, 19, and Cal Ng, 22, are charged with robbery. The 17-year-old, whose name was "
         "not released because of his age, was charged in juvenile court.", [(17, None)]),
        ("Arrested at the home was Bo Tran, 44, of Marlow. A 16-year-old girl from Elmdale was "
         "also taken into custody and released to a parent.", [(16, "Elmdale")]),
        ("Bo Tran, 18, was indicted on Monday. Prosecutors have not decided whether to try the "
         "15-year-old arrested with Tran as an adult.", [(15, None)]),
    ],
)  # fmt: skip
def test_the_unnamed_co_suspects_age(text: str, expected: list) -> None:
    assert _unnamed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Two named: "the second suspect" is one of them.
        "Bo Tran, 19, and Cal Ng, 22, are charged. The second suspect is a 22-year-old from "
        "Elmdale.",
        # A number that is no age.
        "Bo Tran, 19, is charged with robbery. The second suspect was 1 of 4 people questioned.",
    ],
)  # fmt: skip
def test_no_further_co_suspect(text: str) -> None:
    assert [age for age, _ in _unnamed(text)] in ([], [None])
    assert not any(age == 1 for age, _ in _unnamed(text))


def test_the_one_the_deed_was_done_to_is_no_suspect() -> None:
    text = (
        "A grand jury indicted a Marlow man accused of shoving a 70-year-old Elmdale woman to "
        "the ground and taking her car. The indictment charges Bo Tran with robbery."
    )
    assert suspects_of(text) == {("Bo Tran", None): 1}
