"""Whom a charge sentence charges together: the suspects "both", "each", "they", "the two" or
"the parents" stand for (those the sentence names before the verb, else those the last
sentence naming several suspects named, else every suspect), a counted group the report names
next ("charges against two brothers"), and a charge told with no one named right after a
sentence about the group ("The pair had a stolen gun. Charges of receiving stolen property are
pending."). `charge_people.py` asks this before it looks for a single subject."""

from __future__ import annotations

import re

from casefile.extraction.charge_people_next import count_of, distinct_people, named_next
from casefile.extraction.context import Article
from casefile.extraction.patterns import match_at, search_within
from casefile.extraction.people import Person
from casefile.extraction.scan_compile import compile_scan
from casefile.extraction.sentences import Sentence

# Words that speak of every suspect at once.
# (not the charges counted: "convicted on all four counts he faced", "on both counts")
_NOT_PEOPLE = (
    r"(?!\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?(?:counts?|charges?|offen[cs]es?|crimes?|"
    r"felon(?:y|ies)|misdemeanou?rs?|cases?)\b)"
)
# (compile_scan: searched at every position, it skips in C to where a match can start)
_GROUP = compile_scan(
    rf"\b(?:(?:both|each|all (?:two|three|four|five|six|seven|eight|\d+)){_NOT_PEOPLE}|all of them|"
    # ("those three" as "the three": the group just told, "Those three are charged with")
    r"(?:the|those) (?:two|"
    r"three|four|five|six) (?:[\w-]+ )?(?:men|women|suspects|defendants|teens|teenagers|"
    r"people|boys|girls|juveniles|brothers|sisters)|the (?:brothers|"
    r"sisters|parents|couple|pair|trio|co-defendants|defendants|suspects)|(?:they|(?:the|those) (?:two|"
    # ("They appeared in court charged with", "They pleaded not guilty to": in court together)
    r"three|four|five|six))\s+(?:were|are|have|had|each|both|all|face|also|will|now|"
    r"appeared|appear|pleaded|plead|stood|remain|remained)|"
    # a number alone for the people the report has counted: "indicted the five last week on",
    # "convicted the two of kidnapping", "found the three guilty of"
    r"the (?:two|three|four|five|six|seven|eight)(?=\s+(?:last|this|on|in|with|for)\b|\s*[,.;])|"
    # (the object of a verdict, not the ones harmed: "the murder of the two of them")
    r"(?:(?<=ed )|(?<=found ))the (?:two|three|four|five|six|seven|eight)(?=\s+(?:of|guilty)\b(?!\s+(?:them|us)\b)))\b",
    re.I,
)

# A clause opening with no subject of its own before the cue: "Charges of X are pending",
# "Additional charges of X are expected" (not "He faces ...").
_GROUP_BEFORE = re.compile(
    r"\W*(?:(?:additional|further|more|new|federal|state|formal|felony)\s+)?\Z|\W*charges?\b", re.I
)

# Charges brought against a group the report names next: "dropped charges against two teens".
_AGAINST_GROUP = re.compile(
    r"[^.;]{0,60}?\bagainst (?:two|three|four|five|six) (?:[\w-]+ )?(?:men|women|suspects|"
    r"defendants|teens|teenagers|people|boys|girls|juveniles|brothers|sisters)\b",
    re.I,
)

# ... or against every suspect at once, after the charges named before the verb: "Murder and
# arson counts have been filed against each parent", "... against both of them".
_AGAINST_EACH = re.compile(
    r"[^.;]{0,120}?\bagainst\s+(?:each|both|all\s+(?:of\s+them|two|three|four|five|six))\b"
    r"(?!\s+other\b)" + _NOT_PEOPLE,
    re.I,
)


def charged_together(
    article: Article, sentence: Sentence, start: int, rest: str, mentions: list
) -> list[Person] | None:
    """The suspects a charge cue at `start` of `sentence` speaks of together, when they are
    several (`rest`: the text after the cue; `mentions`: the people the sentence names, as
    `charge_people.charged_people` keeps them); else None."""
    text = sentence.text
    # (in the cue's own clause: "Both face murder charges; Lee also faces an arson charge")
    clause = text.rfind(";", 0, start) + 1
    together = (
        search_within(_GROUP, text, clause, start + 40)
        or _AGAINST_GROUP.match(rest)
        or _AGAINST_EACH.match(text, start)
    )
    if together:
        if together.group(0).lower().startswith("those"):
            # "Those five also face ...": the ones the sentence just before told, not a group
            # from further back ("Lee and the four others were arraigned. Those five ...").
            return _told_just_before(article, sentence)
        group = _last_group(article, sentence, start)
        # "charges against two brothers", told of before the report names them: the two it
        # names next, not every suspect
        count = count_of(together.group(0))
        if count and len(group) != count:
            named = named_next(article, sentence, count)
            if named:
                return named
        if len(group) > 1:
            return group
    if not mentions and match_at(_GROUP_BEFORE, text, 0, start) and sentence.index > 0:
        # a charge told with no one named, after a sentence about the group: "The pair had a
        # stolen gun. Charges of receiving stolen property are pending."
        previous = article.sentences[sentence.index - 1].text
        if _GROUP.search(previous):
            group = _last_group(article, sentence, start)
            if len(group) > 1:
                return group
    return None


def _last_group(article: Article, sentence: Sentence, start: int) -> list[Person]:
    """The suspects "both", "each" or "they" stand for: those this sentence names before the
    verb, else those the last sentence naming several suspects named, else every suspect."""
    cast = article.cast

    def _may_be_charged(person: Person) -> bool:
        return not person.official and not person.titled and not person.victim

    here = distinct_people(
        [p for m, p in cast.people_in(sentence) if _may_be_charged(p) and m.start < start]
    )
    if len(here) > 1:
        return here
    for back in range(sentence.index - 1, max(-1, sentence.index - 4), -1):
        named = distinct_people(cast.suspects_in(article.sentences[back]))
        if len(named) > 1:
            return named
    return cast.named_suspects


def _told_just_before(article: Article, sentence: Sentence) -> list[Person] | None:
    """The suspects the sentence before `sentence` names, when they are several; else None."""
    if sentence.index == 0:
        return None
    named = distinct_people(article.cast.suspects_in(article.sentences[sentence.index - 1]))
    return named if len(named) > 1 else None
