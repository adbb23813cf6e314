"""Persons of interest: whom a sentence calls one, and in which killing. One the police rule
out ("was ruled out as a person of interest") is none, and so is an unnamed one in a headline
the report tells again below, where it may name him. The killing is another than the case's
when the sentence, or what it refers back to, names dead who are none of the case's ("a person
of interest in the 2018 killing of Ann Lee"), says so ("another killing"), or dates it long
before the case's harm; else it is the case's own, one link for each of its dead, named where
told. In a story of a killing, "Police called him a person of interest" is in that one.
Read by extraction/homicide.py, which keeps the links."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import LONG_BEFORE, Article, fact, person_name
from casefile.extraction.line_kinds import is_title_line
from casefile.extraction.link_fallback import cleared
from casefile.extraction.link_further import further_dead, told_before
from casefile.extraction.link_subjects import OwnVictims, linked_person, victims_named
from casefile.extraction.link_wording import ANOTHER, POI, homicide_details
from casefile.extraction.patterns import compile_scan, first_in
from casefile.extraction.people import Person
from casefile.extraction.sentences import Sentence

# A person of interest told in nothing but the story: "Police called him a person of interest."
POI_BARE = compile_scan(r"\bperson of (?:\w+ )?interest\b(?!\s+(?:in|for|into|to)\b)", re.I)


def person_of_interest(
    article: Article, sentence: Sentence, open_from: int, killed_names: list[str]
) -> tuple[Person, int] | None:
    """The person `sentence` calls a person of interest before `open_from` (past which what
    it tells is left open), and where it does, if it does."""
    text = sentence.text
    interest = first_in(POI, text) if "interest" in sentence.lower else None
    if interest and (cleared(text) or interest.start() > open_from):
        interest = None  # "was ruled out as a person of interest"
    if not interest:
        return None
    person = linked_person(article, sentence, interest, killed_names)
    if person is not None and person.name is None and _told_again(article, sentence):
        person = None  # "police name person of interest" over the report that names him
    if person is None:
        return None
    return person, interest.start()


def interest_elsewhere(
    article: Article, sentence: Sentence, start: int, person: Person, own_victims: OwnVictims
) -> tuple[bool, list[str]]:
    """Whether the person of interest at `start` is one in a killing besides the case's, and
    that killing's dead: each killing besides the case's is a link of its own ("a person of
    interest in the 2018 killing of Ann Lee"); the case's own killing is one."""
    text = sentence.text
    others = own_victims.others(person, text) or own_victims.others(
        person, told_before(article, sentence, start)
    )
    # (also one dated long before the case's harm: "a person of interest in the
    # 1996 strangling death of Ann Lee", the case's a 1998 killing)
    apart = first_in(ANOTHER, text) or (article.scope_at(sentence, start).cue == LONG_BEFORE)
    other = others or (apart and not own_victims.names_own(person, text))
    if other and not others:
        others = further_dead(article, sentence, start, person)
    return bool(other), others


def interest_in_case(
    article: Article, sentence: Sentence, person: Person, killed_names: list[str]
) -> list[Fact]:
    """The links of a person of interest in the case's own killing: one per dead person the
    case's killing took, named where told."""
    text = sentence.text
    return [
        fact(
            "LinkedToHomicide",
            {
                "person": person_name(person),
                "relation": "person of interest",
                "victim": victim,
                "details": homicide_details(text),
            },
            article,
            sentence,
        )
        for victim in victims_named(text, killed_names, True)
    ]


def _told_again(article: Article, sentence: Sentence) -> bool:
    """Whether `sentence` is the headline and the report tells a person of interest again
    below it, where it may name him."""
    return is_title_line(sentence.index, sentence.text) and any(
        first_in(POI, later.text) for later in article.sentences[sentence.index + 1 :]
    )
