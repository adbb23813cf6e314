"""Case harm: what the case's own harm is, read once per article for the victim and link
families. `case_killing`: whether the case is a killing (a word of death in a clause about the
case; not a unit's name, an animal, a statistic, a death said not to have happened, or one the
police caused). `taken_outcome`: the outcome of someone taken, robbed or targeted with no harm
said of them (hurt in a case of sexual abuse). `case_wounding`: whether the case tells someone
wounded (a word of injury in a clause about the case). `police_shooting_case`: whether harm done by
police is the case's (an officer accused in it, or no suspect at all)."""

from __future__ import annotations

import re

from casefile.extraction.context import Article
from casefile.extraction.harm_words import BY_POLICE, NOT_UNHARMED, OUTCOME_WORDS
from casefile.extraction.key_words import key_words
from casefile.extraction.no_harm import (
    ANIMAL_AFTER,
    ANIMAL_BEFORE,
    NO_DEATH_BEFORE,
    STATISTIC_SPAN,
)
from casefile.extraction.patterns import compile_scan, first_in, matches_in, search_within
from casefile.extraction.victim_police import police_accused

INJURED, UNHARMED = "injured", "unharmed"


def police_shooting_case(article: Article) -> bool:
    """Whether harm done by police is the case's: an officer is accused in it
    (`police_accused`), or no one is a suspect of it (a police shooting told for itself)."""
    return police_accused(article) or not any(
        p.suspect and p.name and not p.official for p in article.cast.people
    )


def taken_outcome(article: Article) -> str:
    """The outcome of someone taken, robbed or targeted with no harm said of them: injured when
    the case speaks of a sexual assault or abuse (charges of it, say) and no one is said to be
    unharmed, else unharmed."""
    hurt = False
    for sentence in _TAKEN_GATE.among(article.sentences):
        for match in matches_in(_TAKEN_WORDS, sentence.text):
            if not article.in_case(sentence, match.start()):
                continue
            if match.group("unharmed"):
                return UNHARMED
            hurt = True
    return INJURED if hurt else UNHARMED


_TAKEN_WORDS = compile_scan(
    rf"\b(?P<unharmed>{NOT_UNHARMED}|(?:physically\s+)?unharmed|uninjured|unhurt|in good health)\b|"
    r"\b(?:sexual(?:ly)? (?:assault|abuse|exploit)|sex trafficking|rap(?:e|ed|ing)\b|"
    r"sexual penetration|abus(?:e|ed|ing)\b|"
    r"tortur|injur|wound)",
    re.I,
)
_TAKEN_GATE = key_words(
    "unharmed",
    "uninjured",
    "unhurt",
    "not ",
    "n't",
    "good health",
    "sexual",
    "sex traffick",
    "rap",
    "abus",
    "tortur",
    "injur",
    "wound",
)


def case_killing(article: Article) -> bool:
    """Whether the article's case is a killing: a word of death in a clause about the case.
    Read once per article (both named and unnamed victims ask)."""
    if _LAST_READ[0] is not article:
        _LAST_READ[:] = [article, _case_killing(article)]
    return bool(_LAST_READ[1])


_LAST_READ: list = [None, False]  # the last article asked about, and the answer


def case_wounding(article: Article) -> bool:
    """Whether the case tells someone hurt: a word of injury in a clause about the case, not
    a statistic nor harm the police did ("wounding four people outside a bar", "was shot in
    the arm"). The victims a report names without telling each one's harm ("Police identified
    the victims as Ann Lee, 24, and Bo Tran, 31") were hurt as the case's harm was."""
    for sentence in _HURT_GATE.among(article.sentences):
        for match in [*matches_in(OUTCOME_WORDS, sentence.text), *_HURTING.finditer(sentence.text)]:
            if (
                (match.re is _HURTING or match.group("injured"))
                and not first_in(STATISTIC_SPAN, sentence.text)
                and not search_within(
                    BY_POLICE, sentence.text, max(0, match.start() - 100), match.end() + 40
                )
                and article.in_case(sentence, match.start())
            ):
                return True
    return False


# The participle of a wounding told of its doer: "fired into a crowd, wounding four people".
_HURTING = re.compile(r"\b(?:wounding|injuring)\b", re.I)
_HURT_GATE = key_words("shot", "wound", "injur", "hurt", "stabbed", "beaten", "hospitali")


def _case_killing(article: Article) -> bool:
    for sentence in _KILL_GATE.among(article.sentences):
        for match in matches_in(OUTCOME_WORDS, sentence.text):
            if (
                match.group("killed")
                and not _UNIT.match(sentence.text, match.end())
                and not search_within(
                    NO_DEATH_BEFORE, sentence.text, max(0, match.start() - 30), match.start()
                )
                and not ANIMAL_AFTER.match(sentence.text, match.end())
                and not search_within(
                    ANIMAL_BEFORE, sentence.text, max(0, match.start() - 30), match.start()
                )
                and not first_in(STATISTIC_SPAN, sentence.text)
                # "saying 'my daddy's killing my mama'": a deed going on, no death told
                and not (
                    match.group(0).lower() == "killing"
                    and _GOING_ON.search(sentence.text, max(0, match.start() - 20), match.start())
                )
                # 'said her father was "killing" her mother': a word in quotation marks is
                # the speaker's, no death the report tells
                and not _SET_IN_QUOTES.match(
                    sentence.text[max(0, match.start() - 1) : match.end() + 1]
                )
                # "officers returned fire and struck the suspect, who died": a death the
                # police caused is no killing of the case's
                and not search_within(
                    BY_POLICE, sentence.text, max(0, match.start() - 100), match.end() + 40
                )
                and article.in_case(sentence, match.start())
            ):
                return True
    return False


# The verb of a deed going on before "killing": "he's killing her", "was killing".
_GOING_ON = re.compile(r"(?:\w['’]s|\b(?:is|was|are|were|am))\s+\Z", re.I)
# A single word standing in quotation marks of its own.
_SET_IN_QUOTES = re.compile(r"[\"“'‘][\w-]+[\"”'’]\Z")
# "homicide detectives", "the Robbery-Homicide Division": a unit, not a killing.
_UNIT = re.compile(
    r"\s+(?:detectives?|division|unit|investigators?|squad|bureau|section|team)\b", re.I
)
_KILL_GATE = key_words(
    "kill",
    "death",
    "dead",
    "murder",
    "slay",
    "slain",
    "homicide",
    "fatal",
    "died",
    "body",
    "remains",
)
