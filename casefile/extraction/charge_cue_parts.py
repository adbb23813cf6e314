"""What a charge cue is: the key words that gate it, its pattern, the status it gives the list
after it, and the pattern fragments the cue tables share (a day between a verdict and its
charges, the person named between a verb and its list, a count)."""

from __future__ import annotations

import re
from typing import NamedTuple

from casefile.extraction.ages import ALIAS
from casefile.extraction.dates import MONTH_NAME
from casefile.extraction.key_words import KeyWords, key_words
from casefile.extraction.patterns import compile_scan

COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|single|multiple|several|\d+)"
# A period inside a clause, after an initial or an abbreviated word of a name the next word
# goes on with: "booked into the David L. Moss Center on", "arraigned at the St. Louis County
# Courthouse on", "held at the Ft. Dix jail on".
INNER_PERIOD = (
    r"(?:(?<=\b(?-i:[A-Z]))|(?<=\b(?-i:[A-Z][a-z]))|(?<=\b(?-i:[A-Z][a-z]{2})))\.(?=\s(?-i:[A-Z]))"
)
# A verb standing in for the one before, of another subject: "and Ann Lee did the same",
# "did likewise", "followed suit" (the charge cue and the court session it repeats read it).
STAND_IN_VERB = (
    r"\b(?:(?:did|does|do|has\s+done|had\s+done)\s+(?:the\s+same|likewise)|followed\s+suit)"
)
# The word that shares out a count between the offences after it: "two counts each of assault
# and theft", "two counts apiece of".
EACH = r"(?:each|apiece)"


class Cue(NamedTuple):
    gate: KeyWords  # key words (lower case) the cue cannot do without
    pattern: re.Pattern[str]
    status: str
    # Where the list ends when the cue's own words close it: "from murder to manslaughter".
    until: re.Pattern[str] | None = None
    # Whether the cue's span ends on the name of the person charged ("... and Kim with"): it
    # holds only where that span names someone.
    names_person: bool = False
    # What the sentence before must hold when the cue's subject is a pronoun standing for it:
    # "They include murder and arson" after "... will stand trial on every count".
    told_before: re.Pattern[str] | None = None


def cue(
    words: tuple[str, ...],
    pattern: str,
    status: str,
    until: str | None = None,
    names_person: bool = False,
    told_before: str | None = None,
) -> Cue:
    closing = re.compile(until, re.I) if until else None
    before = re.compile(told_before, re.I) if told_before else None
    return Cue(
        key_words(*words), compile_scan(pattern, re.I), status, closing, names_person, before
    )


# A day named between a verdict and its charges: "convicted Ann Lee on Friday of murder".
# A day a verdict or charge is told on: a weekday, or a month's day ("convicted Bo Tran, 23,
# on June 13 of murder": the "on" no charge's).
DAY = (
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    + MONTH_NAME
    + r"\s+\d{1,2}\b(?:,\s+\d{4}\b)?)"
)
ON_DAY = rf"on\s+{DAY},?\s+"
# Police putting a charge to prosecutors, up to the verb "charge": "will ask prosecutors to
# charge", "recommend that prosecutors charge", "urged the office to charge", "is requesting
# that the county prosecutor authorize charges".
ASKED_TO = (
    r"\b(?:ask|asks|asked|asking|recommend(?:s|ed|ing)?|urge[sd]?|urging|request(?:s|ed|ing)?)\s+"
    r"(?:[\w'’-]+\s+){0,6}?"
    r"(?:to\s+|that\s+(?:[\w'’-]+\s+){1,5}?(?:should\s+)?)"
)
# An object named between the verb and the list ("charging him with", "indicted Ann Lee for").
# Or a list of people told with their ages and towns ("charging Ann Lee, 34, of Toledo, and
# Tom Kim, 29, of Detroit, with"): names, numbers, "of" and "and" only.
# Or a name and its age with an alias after them ('charging Bo Tran, 28, also known as "Steve"
# Tran, with').
# A word of a name, or a nickname in quotes within it ('Hector "Tito" Alvarado').
NAME_WORD = r"(?:[\w.'’-]+|[\"“][\w.'’ -]{1,30}?[\"”])"
OBJECT = (
    r"(?:(?:"
    + NAME_WORD
    + r",?\s+){0,6}?|(?:(?:(?-i:[A-Z])[\w.'’-]*|\d{1,3}|of|and|&),?\s+){7,24}?|"
    r"(?:[\w.'’-]+,?\s+){0,3}?[\w.'’-]+" + ALIAS + r",?\s+)"
)
