"""Whom a "he" or a "she" can mean: the gender the article's own words give each person it
names. No list of given names is consulted: a name says nothing sure of its bearer, the
report's words do.

Evidence, read at each of a person's mentions:
- a courtesy title before the name ("Ms. Quince", "Mr Renfro");
- a word of a man or a woman just before the name ("her boyfriend, Tobias Renfro", "a Brenton
  woman, Marla Quince");
- the first subject pronoun after the name in its sentence, with no other name between
  ("Quince told officers she ..."), or the one that opens the next sentence when the name's
  sentence names no one else ("... arrested Tobias Renfro, 31. He was charged ...").

A person whose evidence disagrees has no gender; `compatible` then lets any pronoun mean him.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from casefile.extraction.patterns import compile_scan, first_in, prefix_match, search_within

if TYPE_CHECKING:
    from casefile.extraction.mentions import NameMention
    from casefile.extraction.person import Person
    from casefile.extraction.sentences import Sentence

Gender = Literal["m", "f"]

# "she", "her", "herself" (and the capitals a headline or an opener gives them).
# (compile_scan: searched at every position, it skips in C to where a match can start)
SHE_PRONOUN = compile_scan(r"\b(?:[Ss]he|SHE|[Hh]er|HER|[Hh]erself|HERSELF)\b")
# (compile_scan: searched at every position, it skips in C to where a match can start)
_TITLE = compile_scan(r"\b(?:(?P<m>Mr)|(?P<f>Mrs|Ms|Miss))\.?\s*\Z")
MALE_WORDS = (
    r"man|boy|father|stepfather|husband|son|stepson|brother|boyfriend|grandfather|uncle|"
    r"nephew|grandson|fiancé|fiance"
)
FEMALE_WORDS = (
    r"woman|girl|mother|stepmother|wife|daughter|stepdaughter|sister|girlfriend|grandmother|"
    r"aunt|niece|granddaughter|fiancée|fiancee"
)
# A word of a man (group m) or of a woman (group f).
_GENDERED_NOUN = r"(?:(?P<m>" + MALE_WORDS + r")|(?P<f>" + FEMALE_WORDS + r"))"
# A word of a man or a woman set just before the name, its age between ("a 27-year-old
# woman, Marla Quince", "her boyfriend Tobias Renfro").
# (compile_scan: searched at every position, it skips in C to where a match can start)
_WORD_BEFORE = compile_scan(
    r"\b" + _GENDERED_NOUN + r"(?:'s)?,?\s*\Z",
    re.IGNORECASE,
)
# (compile_scan: searched at every position, it skips in C to where a match can start)
_SUBJECT = compile_scan(r"\b(?:(?P<m>[Hh]e)|(?P<f>[Ss]he))\b")
# A generational suffix ending a name, or just after it: "Cal Orr Jr.", "Cal Orr, Sr.".
_GENERATION_IN = re.compile(r"\s(?:Jr|Sr)\.?\Z")
_GENERATION_AFTER = re.compile(r",?\s+(?:Jr|Sr)\b")
_OPENER = re.compile(r"\W*(?:(?P<m>He)|(?P<f>She))\b")


# Someone told by a noun of a man or a woman, not named: "the woman", "a 34-year-old man".
_DESCRIBED_PERSON = compile_scan(
    r"\b(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?" + _GENDERED_NOUN + r"\b", re.IGNORECASE
)


def _told(match: re.Match[str] | None) -> Gender | None:
    if match is None:
        return None
    return "m" if match.group("m") else "f"


# Cached: read for each mention of each person, and a sentence recurs across the reports of
# one case (revisions, syndicated copies).
@lru_cache(maxsize=16384)
def genders_told_before(text: str, start: int) -> tuple[Gender, ...]:
    """The genders a title or a word of a man or a woman just before `start` tells."""
    before = text[max(0, start - 40) : start]
    told = (_told(_TITLE.search(before)), _told(_WORD_BEFORE.search(before)))
    return tuple(found for found in told if found)


@lru_cache(maxsize=16384)
def _subject_after(text: str, start: int, end: int) -> Gender | None:
    """The gender of the first "he" or "she" in `text[start:end]`."""
    return _told(search_within(_SUBJECT, text, start, end))


def read_gender(
    person: Person,
    sentences: list[Sentence],
    mentions: dict[int, list[tuple[NameMention, Person]]],
) -> Gender | None:
    """The gender the article's words give `person`, None when they give none or disagree.
    A pronoun opening the next sentence is read only when nothing else tells: it is the very
    reference the genders are read to settle."""
    told: set[Gender] = set()
    opening: set[Gender] = set()
    for index, start, end in person.mentions:
        text = sentences[index].text
        told.update(genders_told_before(text, start))
        if _GENERATION_IN.search(text, start, end) or _GENERATION_AFTER.match(text, end):
            told.add("m")  # "Cal Orr Jr.": a son named for his father
        others = [m for m, p in mentions.get(index, []) if p is not person]
        after = [m.start for m in others if m.start >= end]
        # The name as the subject its sentence opens with ("Quince told officers she ..."),
        # not one told after another's ("Whitcomb asked for a bond for Voss, citing what she
        # called ...": hers).
        first = not any(m.end <= start for m in others)
        subject = first and _subject_after(text, end, min(after, default=len(text)))
        if subject:
            told.add(subject)
        elif (
            not others
            and index + 1 < len(sentences)
            # "The woman, who is 34, escaped when Carroll fell asleep. She was treated": the
            # pronoun may be the one a description tells ("the woman") as well as the name's
            and not first_in(_DESCRIBED_PERSON, text)
            # "Police say she drove Bo Tran to Reno. She was booked ...": a pronoun that is
            # the subject before the name goes on in the next sentence, not the name
            and not search_within(_SUBJECT, text, 0, start)
        ):
            opener = _told(prefix_match(_OPENER, sentences[index + 1].text))
            if opener:
                opening.add(opener)
    told = told or opening
    return told.pop() if len(told) == 1 else None


# A description's own word of a man or a woman: "a Millbrook man accused of ...", "the boy's
# mother" (the last such word before the description's first comma or verb is its head).
_DESCRIPTION = re.compile(
    r"\A(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?" + _GENDERED_NOUN + r"\b(?!['’]s)",
    re.IGNORECASE,
)


# Cached: a description recurs with its sentence (stock lines, syndicated and revised copies).
@lru_cache(maxsize=8192)
def described_gender(text: str) -> Gender | None:
    """The gender of the description `text` opens with ("the boy's mother": a woman), or None."""
    return _told(_DESCRIPTION.match(text))


def compatible(
    person: Person | None, gender: Gender | None, genders: dict[int, Gender | None]
) -> bool:
    """Whether a pronoun of `gender` can mean `person` (one of unknown gender is anyone)."""
    if person is None or gender is None:
        return True
    known = genders.get(id(person))
    return known is None or known == gender
