"""The case's own dead, where no homicide charge names them, is the first killed person the
text names, whatever order the victims were read in: "The teen who died was Tobin Marsh ...
police believe Cale Dorn is also responsible for the May 2 killing of Odell Prask" ties Dorn to
Prask's killing, a further one. Every sentence here is written for these tests."""

from __future__ import annotations

import datetime

import pytest

from casefile.extraction.charges import extract_charges
from casefile.extraction.context import Article
from casefile.extraction.homicide import extract_homicide_links
from casefile.extraction.people import Cast
from casefile.extraction.sentences import split_sentences

TEXT = (
    "A 19-year-old Marlow man was charged Tuesday with killing a 16-year-old outside a skate "
    "park on Saturday night.\n\n"
    "Cale Dorn faces a charge of first-degree intentional homicide, according to a criminal "
    "complaint.\n\n"
    "The teen who died was Tobin Marsh, a sophomore at Halvern High.\n\n"
    "Police Chief Ines Waller said detectives believe Dorn is also responsible for the May 2 "
    "killing of 24-year-old Odell Prask on Fenwick Street."
)


def _links(text: str, killed: list[str]) -> list[tuple[str | None, str | None]]:
    sentences = split_sentences(text)
    article = Article(text, sentences, Cast(sentences), datetime.date(2024, 3, 14))
    links = extract_homicide_links(article, extract_charges(article), killed)
    return [(f.fields["person"], f.fields["victim"]) for f in links]


@pytest.mark.parametrize("killed", [["Tobin Marsh", "Odell Prask"], ["Odell Prask", "Tobin Marsh"]])
def test_a_killing_told_after_the_first_named_dead_is_a_further_one(killed: list[str]) -> None:
    assert _links(TEXT, killed) == [("Cale Dorn", "Odell Prask")]


def test_the_case_dead_alone_ties_no_further_killing() -> None:
    text = TEXT.split("\n\nPolice Chief")[0]
    assert _links(text, ["Tobin Marsh"]) == []
