"""Whose bond each part of a sentence tells: its clauses (parted by semicolons, and by a
comma and a conjunction before a suspect who is the subject of a clause of his own), and the
amounts a clause gives several suspects one each ("Moss is held on $50,000 bond and Fry on
$5,000", "$50,000 for Tran and $25,000 for Ng"). `bonds.py` reads each part.
"""

from __future__ import annotations

import itertools
import re

from casefile.extraction.context import Article
from casefile.extraction.money import find_money
from casefile.extraction.people import Person
from casefile.extraction.pronoun_gender import Gender, described_gender
from casefile.extraction.sentences import Sentence

# A clause of its own after a comma, with its own subject: "Tran is held without bond, while
# Ng was released on $5,000 bail".
_CLAUSE_JOIN = re.compile(r",\s+(?:while|whereas|but|and)\s+")
_OWN_VERB = re.compile(
    r"(?:,\s+\d{1,2},)?\s+(?:is|was|were|are|has|had|have|remains?|remained|will|would|did|"
    r"also|later|then|still|\w+ed)\b",
    re.I,
)


# A court that acts after what was asked: ", but the judge", ", but Judge Ann Lee"; or for
# what the law allows: "a magistrate cannot set bond on that charge, so Magistrate Judge Ann
# Lee ordered him held without bond".
_COURT_AFTER_ASKED = re.compile(
    r",\s+(?:but|and|while|however|so)\s+(?=(?:the\s+)?(?:[\w-]+\s+)?(?:judge|magistrate|court|"
    r"commissioner)\b|(?-i:(?:Magistrate\s+|Superior\s+Court\s+|District\s+|Circuit\s+)?Judge\s+[A-Z]))",
    re.I,
)
# A clause whose subject posts the bond just told: "Varga posted it".
_POSTS_IT = re.compile(
    r"[\w'’.-]+(?:\s+[\w'’.-]+)?\s+(?:later\s+|then\s+|has\s+|had\s+)?(?:posted|paid|made)\s+it\b"
)


def bond_clauses(article: Article, sentence: Sentence) -> list[tuple[int, str]]:
    """The clauses of `sentence` that may each tell one person's bond, with where each
    starts: parted by semicolons, and by a comma and a conjunction before a suspect named as
    the subject of a clause of his own."""
    text = sentence.text
    cuts = [m.end() for m in re.finditer(";", text)]
    # (Not a gapped clause that shares the verb before it: "held on $50,000, and Ng on $5,000".)
    starts = {
        m.start
        for m, p in article.cast.people_in(sentence)
        if p.suspect and _OWN_VERB.match(text, m.end)
    }
    # (Not before a clause that tells of the bond before by a pronoun alone: "Bond was set at
    # $25,000, and Varga posted it the same day" is one statement.)
    cuts += [
        m.end()
        for m in _CLAUSE_JOIN.finditer(text)
        if m.end() in starts and not _POSTS_IT.match(text, m.end())
    ]
    # "Prosecutors asked for $1 million bail, but the judge set it at $250,000": what the court
    # did after what was asked is a clause of its own.
    cuts += [m.end() for m in _COURT_AFTER_ASKED.finditer(text)]
    bounds = [0, *sorted(set(cuts)), len(text)]
    return [(a, text[a:b].rstrip(";")) for a, b in itertools.pairwise(bounds) if a < b]


# An amount told for one person: "$50,000 for Tran and $25,000 for Ng", or granted to him
# with his age before his name: "granted a $15,000 bond to 17-year-old Bo Tran and a $25,000
# bond to Ann Lee".
_FOR_NAME = re.compile(
    r"\s+(?:(?:(?:cash|surety|secured|unsecured|property)\s+)?(?:bond|bail)\s+)?(?:for|to)\s+"
    r"(?:\d{1,3}-year-old\s+)?",
    re.I,
)


def each_for(
    article: Article, sentence: Sentence, clause: str, start: int
) -> list[tuple[str, Person]]:
    """A clause that gives each amount to the suspect named after it with "for" or "to"
    ("Bond was set at $50,000 for Tran and $25,000 for Ng"): each amount read with the words before the
    first, and its suspect; [] if the clause does not."""
    if clause.count("$") < 2:
        return []
    amounts = find_money(clause)
    named = {
        m.start - start: p
        for m, p in article.cast.people_in(sentence)
        if p.suspect and start <= m.start < start + len(clause)
    }
    if len(amounts) < 2:
        return []
    parts = []
    for money in amounts:
        after = _FOR_NAME.match(clause, money.end)
        person = named.get(after.end()) if after else None
        if person is None and after is not None and len(named) < 2:
            # "$250,000 for a Millbrook man ... and $50,000 for the boy's mother": the one
            # suspect of the gender the description tells.
            person = _of_gender(article, described_gender(clause[after.end() :]))
        if person is None:
            return []
        parts.append((clause[: amounts[0].start] + clause[money.start : money.end], person))
    return parts


def _of_gender(article: Article, gender: Gender | None) -> Person | None:
    """The one named suspect the article tells is of `gender`, else the one suspect it tells
    of no gender; None if there is no such one."""
    if gender is None:
        return None
    cast = article.cast
    told = [(p, cast.told_gender(p)) for p in cast.named_suspects]
    found = [p for p, g in told if g == gender]
    if not found:
        found = [p for p, g in told if g is None]  # the one the report tells no gender of
    return found[0] if len(found) == 1 else None


def each_own(
    article: Article, sentence: Sentence, clause: str, start: int
) -> list[tuple[str, Person]]:
    """A clause that gives several suspects an amount each ("Moss is held on $50,000 bond
    and Fry on $5,000"), cut before each suspect named after an amount, each part with the
    suspect it names; [] if the clause does not."""
    if clause.count("$") < 2:  # amounts are written with the sign; most clauses hold one
        return []
    amounts = find_money(clause)
    if len(amounts) < 2:
        return []
    named = [
        (m.start - start, p)
        for m, p in article.cast.people_in(sentence)
        if p.suspect and start <= m.start < start + len(clause)
    ]
    if len({id(p) for _, p in named}) < 2:
        return []
    cuts = [(at, p) for at, p in named if at > amounts[0].start]
    first = [p for at, p in named if at < amounts[0].start]
    if not cuts or not first:
        return []
    parts = [(clause[: cuts[0][0]], first[-1])]
    for (at, person), (end, _) in zip(cuts, [*cuts[1:], (len(clause), None)], strict=True):
        parts.append((clause[at:end], person))
    return parts


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def each_respectively(clause: str, people: list[Person]) -> list[tuple[str, Person]]:
    """A clause that gives the amounts it lists to the people told before in their order
    ("They are held on bonds of $50,000 and $25,000, respectively"): each amount read with
    the words before the first, and its person; [] if the clause does not."""
    if len(people) < 2 or not _RESPECTIVELY.search(clause):
        return []
    amounts = find_money(clause)
    if len(amounts) != len(people):
        return []
    head = clause[: amounts[0].start]
    return [
        (head + clause[money.start : money.end], person)
        for money, person in zip(amounts, people, strict=True)
    ]


# A name's possessive right before the bond word: "Vell's bond", "Vell's $5,000 cash bond".
_OWNER_BEFORE = re.compile(r"['’]s\s+(?:\$[\d,.]+\s+(?:million\s+)?)?(?:cash\s+)?\Z")


# The one a bond is for, named after a relation to another: "lowered the bond for Tran's
# cousin, Cy Tran," (his bond, not the one whose cousin he is).
_FOR_RELATION = re.compile(
    r"(?:bond|bail)\s+for\s+(?:the|his|her|their|(?-i:[A-Z])[\w'’-]*['’]s?)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+,\s+\Z",
    re.I,
)


def owner_of_bond(article: Article, sentence: Sentence, position: int) -> Person | None:
    """The suspect whose possessive stands right before the bond word at `position`, or who
    is named after a relation the bond is said to be for."""
    for mention, person in article.cast.people_in(sentence):
        if person.suspect and (
            (mention.end <= position and _OWNER_BEFORE.match(sentence.text, mention.end, position))
            or (
                mention.start > position
                and _FOR_RELATION.match(sentence.text, position, mention.start)
            )
        ):
            return person
    return None
