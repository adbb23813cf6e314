"""Counted links: a suspect tied by a count to killings besides the case's ("is also a suspect
in two other killings", "may have killed four other people", "responsible for the deaths of at
least three women"). A count that may hold the case's own dead ("charged in four murders")
counts them out; a count of shootings no one died in, of the case's own dead ("the deaths of
two women" with no "also" and no bound), a statistic ("11 homicides tied to domestic violence
this year") or a killing verb no "not" denies only as a likelihood ties no one. Read by
extraction/homicide.py, which keeps each person's largest count."""

from __future__ import annotations

import re

from casefile.domain.facts import Fact
from casefile.extraction.context import Article, fact, person_name
from casefile.extraction.link_subjects import linked_person
from casefile.extraction.link_wording import (
    ANOTHER,
    COUNTED,
    COUNTED_GATE,
    DENIED_BEFORE,
    LINK_VERB,
    SHOOTINGS,
    relation_of,
)
from casefile.extraction.numbers import NUMBER_KEYS, number_value
from casefile.extraction.patterns import matches_in, search_within
from casefile.extraction.people import Person
from casefile.extraction.scope import OPINION, STATISTICS
from casefile.extraction.sentences import Sentence

_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while)\s|;")
_BOUND = re.compile(r"\b(?:at least|as many as|up to|more than)\b", re.I)
_LIKELY = re.compile(r"\b(?:may|might|could)\s+(?:also\s+)?have\s+\Z", re.I)
_FATAL = re.compile(r"\b(?:fatal|deadly)\b", re.I)


def counted_links(
    article: Article, sentence: Sentence, killed_names: list[str], open_from: int
) -> list[tuple[Person, int, Fact]]:
    """The counts of killings `sentence` ties people to, told before `open_from` (past which
    what it tells is left open), in order: each person, the number of killings and the link
    (to no named victim)."""
    found: list[tuple[Person, int, Fact]] = []
    text = sentence.text
    counting = COUNTED_GATE.opens(sentence) and NUMBER_KEYS.opens(sentence)
    counts = matches_in(COUNTED, text) if counting else ()
    for match in counts:
        # "may have killed four other people": the killing verb, told as a likelihood,
        # ties its doer ("the gunman killed two other people" tells of the case's own dead).
        if match.start() > open_from:
            continue
        likely = match.group("n3") and search_within(_LIKELY, text, 0, match.start())
        if not likely and not _affirmed(LINK_VERB, text):
            continue
        if article.scope_at(sentence, match.start()).scope in (STATISTICS, OPINION):
            continue  # "11 homicides tied to domestic violence this year" links no one
        count = number_value(match.group("n") or match.group("n2") or match.group("n3") or "")
        if not count:
            continue
        person = linked_person(article, sentence, match, killed_names)
        if person is None:
            continue
        relation = relation_of(text)
        if SHOOTINGS.search(match.group(0)) and not _FATAL.search(match.group(0)):
            continue  # "a suspect in two other shootings": no one is said to have died
        # (in the count's own clause: not "charged in the killings of two men ..., and one
        # of them is also accused in an Abbotsford homicide", whose "also" is the other's)
        clause_end = search_within(_NEXT_CLAUSE, text, match.end())
        another = search_within(ANOTHER, text, 0, clause_end.start() if clause_end else len(text))
        if match.group("kind") and not another and not _BOUND.search(match.group(0)):
            # "the deaths of two women" may be the case's own; "also" says not, and so
            # does a count told with a bound, which no report gives its own known dead
            # ("responsible for the deaths of at least three women")
            continue
        other = (
            match.group("other")
            or match.group("other2")
            or match.group("other3")
            or match.group("other4")
        )
        # "charged in four murders" counts the article's own killing among the four; "is
        # also a suspect in two killings" counts others besides.
        if not other and not another and relation in ("charged", "suspect") and count > 1:
            count -= 1
        link = fact(
            "LinkedToHomicide",
            {"person": person_name(person), "relation": relation, "victim": None},
            article,
            sentence,
        )
        found.append((person, count, link))
    return found


def _affirmed(words: re.Pattern[str], text: str) -> bool:
    """Whether `text` holds one of `words` that no "not" or "no" just before denies."""
    return any(
        not search_within(DENIED_BEFORE, text, max(0, m.start() - 40), m.start())
        for m in words.finditer(text)
    )
