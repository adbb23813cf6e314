"""The age a report gives a person, told next to the name: "Bo Tran, 31,", "31-year-old Bo
Tran", "Bo Tran of Dayton, 31,", "Bo Tran and Ann Lee, both 24,", "Bo Tran was 17 at the time"."""

from __future__ import annotations

import re
from functools import lru_cache

from casefile.extraction.numbers import SPELLED_ONES, SPELLED_TENS, spelled_value

# "Name, 31," / "Name, age 31" / "Name (31)" / "Name, now 31," right after the name.
AGE_AFTER_NAME = re.compile(
    r"\A(?:,\s*|\s+\(|\s+(?:already\s+)?)(?:(?:now|then)\s+)?(?:age[d]?\s+)?(\d{1,3})\b"
    # (not a count a release's list gives an offence: "False Imprisonment (2 counts)")
    r"(?!\s*(?:years?|%|,\d|-|(?:counts?|charges?|offen[cs]es|times)\b))"
)
# "31-year-old [former Dayton resident] Name" right before the name.
# "30-year-old Bo Tran", "the 30-year-old Dayton man, Bo Tran,": a description set beside
# the name (not a possessive's: "the 30-year-old victim's brother, Bo Tran").
# The words of an age may be written without hyphens: "a 41 year old man".
_YEAR_OLD = r"[-\s]year[-\s]old"
# (An age in words opens a sentence in the style of the wires: "Nineteen-year-old Bo Tran".)
_TENS = "|".join(SPELLED_TENS)
_UNITS = "|".join(SPELLED_ONES[:9])
_TEENS = "|".join(SPELLED_ONES[9:])
_AGE_WORDS = rf"(?:(?:{_TENS})(?:-(?:{_UNITS}))?|{_TEENS}|{_UNITS})"
# Words that end the description an age opens, so the name after them is another's: "the
# 16-year-old arrested with Bo Tran", "a 17-year-old charged alongside Bo Tran".
_NOT_BETWEEN = (
    r"(?!(?:with|alongside|beside|besides|and|or|by|of|for|against|to|from|than|like|who|whose|"
    r"that|after|before|including)\s)"
)
AGE_BEFORE_NAME = re.compile(
    r"\b(\d{1,3}|(?i:"
    + _AGE_WORDS
    + r"))"
    + _YEAR_OLD
    + r"\s+(?:(?:"
    + _NOT_BETWEEN
    + r"[a-zA-Z.’'-]+\s+){0,3}?|(?:[a-zA-Z.-]+\s+){0,2}?[a-zA-Z-]+,\s+)\Z"
)
# An age in words set off by commas, as outlets that spell out small numbers write a child's:
# "Jakub Lis, seven, Filip Kos, four, and Mateusz Nowak, three." (not "Bo Tran, one of the
# men": what follows a number word that is no age).
AGE_TOLD = rf"(?:\d{{1,3}}|{_AGE_WORDS})"
AGE_IN_WORDS_AFTER_NAME = re.compile(rf",\s*({_AGE_WORDS})(?=\s*[,.;]|\s+and\s)")
# "Bo Tran of Dayton, 31,": the home town before the age.
AGE_AFTER_HOME = re.compile(r"\A\s+of\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2},\s*(?:age\s+)?(\d{1,3}),")
# "Bo Tran and Ann Lee, both 24,": one age told of two names.
AGE_OF_BOTH = re.compile(
    r"\A(?:\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3})?,\s+both\s+(?:aged?\s+)?(\d{1,3})\b"
)
AGE_WITH_AGE_WORD = re.compile(
    r"\A,?\s+(?:already\s+)?age[d]?\s+(\d{1,3})\b"
    # "Bo Tran, 28 years old,", "Bo Tran, 28 years of age,".
    r"|\A,\s*(\d{1,3})(?:\s+|-)years?(?:\s+|-)(?:old|of\s+age)\b"
)
# An appositive or relative clause that gives the age: "Bo Tran, a 30-year-old Dayton man,",
# "Bo Tran, the 30-year-old driver,", "Bo Tran, who is 30", "Bo Tran, who was 29 at the time".
AGE_IN_APPOSITIVE = re.compile(
    r"\A,\s+(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(\d{1,3})" + _YEAR_OLD + r"\b"
    r"|who\s+(?:is|was|turned)\s+(?:now\s+|then\s+)?(\d{1,3})\b"
    r"(?!\s*(?:%|percent|times|feet|miles|-)))"
)
# "Bo Tran, also known as "Red," 26,": an alias between the name and the age, which lists of
# people and rosters give too ("Bo Tran, also known as "Red," 26, of Dayton: murder").
# (also "a/k/a", as federal releases write it, and with the surname again: 'also known as
# "Kay" Orr')
ALIAS = (
    r",\s+(?:also\s+known\s+as|known\s+as|a\.?k\.?a\.?|a/k/a)\s+[\"“][^\"”]{1,40}?,?[\"”]"
    r"(?:\s+(?-i:[A-Z])[\w'’-]+(?=,))?"
)
ALIAS_AFTER_NAME = re.compile(r"\A" + ALIAS + r",?\s")
# What may follow the age said of someone: the sentence's end, the time it held ("at the
# time", "when"), or a further predicate of his ("Bo Tran is 22 and lives in Dayton").
AGE_PREDICATE_END = (
    r"(?=\s+at\s+the\s+time\b|\s+when\b|\s*[.;]|,?\s+(?:and|but)\s+(?-i:[a-z])(?!years\b|months\b))"
)
# A time adverb the age may carry: "Tran is already 41", "is now 41", "was still 17 when".
AGE_ADVERB = r"(?:(?:only|just|already|now|still)\s+)?"
# "Bo Tran was 17 at the time": the age as what the sentence says of the name.
AGE_PREDICATE = re.compile(
    r"\A\s+(?:is|was)\s+" + AGE_ADVERB + r"(\d{1,2})(?:\s+years\s+old)?" + AGE_PREDICATE_END
)


_RACE_SEX_CODE = re.compile(
    r"(?=,\s*[A-Z]/[MF]\b|\s+\([A-Z]/[MF]\))(?:,\s*[A-Z]/[MF]|\s+\([A-Z]/[MF]\))"
)


# Cached: read for each mention of a name, it follows from the sentence and the name's place
# alone, and a sentence recurs (stock lines, syndicated and revised copies).
@lru_cache(maxsize=16384)
def age_near(sentence: str, start: int, end: int) -> int | None:
    """The age stated next to the name at `sentence[start:end]`, if any."""
    after = sentence[end:]
    # A race and sex code between the name and the age, as police releases give it: "Bo
    # Tran, B/M, age 24", "Ann Lee (W/F), 31".
    code = _RACE_SEX_CODE.match(after) if "/" in after[:8] else None
    if code:
        after = after[code.end() :]
    alias = ALIAS_AFTER_NAME.match(after) if after.startswith(", ") else None
    if alias:
        after = ", " + after[alias.end() :]  # the age told after the alias
    for pattern in (AGE_WITH_AGE_WORD, AGE_AFTER_NAME, AGE_PREDICATE):
        match = pattern.match(after)
        if match and (
            pattern is not AGE_AFTER_NAME
            or match.group(0).startswith(", ")
            or match.group(0).startswith(" (")
        ):
            age = int(next(group for group in match.groups() if group))
            if 0 < age < 110:
                return age
    spelled = AGE_IN_WORDS_AFTER_NAME.match(after) if after.startswith(",") else None
    if spelled:
        return _age_value(spelled.group(1))
    both = AGE_OF_BOTH.match(after) if "both" in after[:60] else None
    if both and 0 < int(both.group(1)) < 110:
        return int(both.group(1))
    home = AGE_AFTER_HOME.match(after) if after.startswith(" of ") else None
    if home and 0 < int(home.group(1)) < 110:
        return int(home.group(1))
    appositive = AGE_IN_APPOSITIVE.match(after) if after.startswith(",") else None
    if appositive:
        age = int(appositive.group(1) or appositive.group(2))
        if 0 < age < 110:
            return age
    before = AGE_BEFORE_NAME.search(sentence, max(0, start - 200), start)
    if before:
        age = _age_value(before.group(1))
        if 0 < age < 110:
            return age
    return None


def _age_value(told: str) -> int:
    """An age in figures or in words ("thirty-four") as a number."""
    return int(told) if told.isdigit() else spelled_value(told) or 0
