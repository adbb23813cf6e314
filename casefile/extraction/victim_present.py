"""People present at the case's attack: those inside a home it was made on ("set fire to his
former partner's house while she and their two young children slept inside", "fired shots
into the home while a woman and her son were inside"), and one described as a sentence's
subject whom the pronoun opening the next tells unharmed ("An 8-year-old girl was found hiding
in a closet. She was not injured."). They were its targets: victims, unharmed unless the
report says otherwise (the outcome of another statement about them outranks this one). Read by
extraction/victim_unnamed.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from casefile.extraction.key_words import key_words
from casefile.extraction.numbers import NUMBER, number_value
from casefile.extraction.patterns import compile_scan, matches_in, prefix_match
from casefile.extraction.sentences import Sentence
from casefile.extraction.victim_context import HE_NOUNS, SHE_NOUNS

# An attack on a dwelling: a fire set, shots fired into it.
_ON_A_HOME = re.compile(
    r"\b(?:(?:set|sets|setting) (?:fire to|it alight|it on fire|alight)|"
    r"(?:set|sets|setting)\s+(?:[\w'’-]+\s+){1,4}?(?:alight|"
    r"on fire|ablaze)|(?:torched|firebombed|petrol|gasoline|accelerant|arson)|"
    r"(?:fired|shot|shots)\s+(?:\w+\s+){0,2}?into)\b",
    re.I,
)
# "while she and their two young children slept (inside)": the one the pronoun stands for,
# and those with her.
_PRESENT = compile_scan(
    r"\b(?:while|as|when)\s+(?P<who>she|he)\s+and\s+(?:his|her|their)\s+"
    rf"(?:(?P<n>{NUMBER})\s+)?(?:[\w-]+\s+)?"
    r"(?P<others>children|kids|sons|daughters|son|daughter|baby|toddler|grandchildren)\s+"
    r"(?:slept|were\s+(?:asleep|sleeping|inside|home|in bed))\b",
    re.I,
)
PRESENT_GATE = key_words("slept", "asleep", "sleeping", "inside", "home", "in bed")
# Whose home it was, before the pronoun: "his former partner's house", "his ex-wife's home".
_WHOSE_HOME = re.compile(
    r"\b(?:his|her|their)\s+(?P<desc>(?:[\w-]+\s+)?[\w-]+)[’']s\s+(?:[\w-]+\s+)?(?:home|house|"
    r"apartment|flat|unit|residence|caravan|trailer)\b",
    re.I,
)


def present_in_attacked_home(sentence: Sentence) -> Iterator[tuple[str, int, int]]:
    """Each description of people the sentence says were inside a home attacked, with how
    many it stands for and where the sentence tells it."""
    if not PRESENT_GATE.opens(sentence):
        return
    text = sentence.text
    for match in matches_in(_PRESENT, text):
        if not _ON_A_HOME.search(text, 0, match.start()):
            continue
        homes = list(_WHOSE_HOME.finditer(text, 0, match.start()))
        if homes:  # the nearest home named before
            whose = homes[-1]
            yield whose.group("desc").lower(), 1, match.start()
        else:
            yield ("woman" if match.group("who").lower() == "she" else "man"), 1, match.start()
        count = number_value(match.group("n")) if match.group("n") else None
        yield match.group("others").lower(), count or 1, match.start()


# The subject of a sentence, described: "An 8-year-old girl was found hiding", "Officers said
# the 61-year-old driver was pumping gas when ...".
# ("A 15-year-old boy who was in the home hid in a closet": told by what he did, past a
# clause of his own)
_DESCRIBED_SUBJECT = re.compile(
    r"\A\W*(?:(?:[A-Z][\w.'’-]*\s+){1,3}said\s+(?:that\s+)?)?(?i:a|an|the)\s+"
    r"(?P<desc>(?:\d{1,3}-year-old\s+)?(?:[a-z-]+\s+)?(?!who\b)(?P<noun>[a-z]+))"
    r"(?:\s+who\s+(?:was|were)\s+(?:in|inside|at|with|home)\b[^,.;]{0,60}?)?"
    r"\s+(?:was|is|had|hid|ran|fled|ducked|locked|escaped|called)\b"
)
# Within one sentence: "... where a 4-year-old girl was asleep; she was not hurt", "a truck
# driver swerved onto the shoulder; he was not hurt and called 911".
_UNHURT_AFTER_SEMICOLON = re.compile(
    r";\s+(?P<pronoun>he|she)\s+(?:was|is)\s+(?:not\s+(?:physically\s+)?(?:hurt|injured|"
    r"harmed|struck|hit|wounded)|(?:physically\s+)?(?:unharmed|uninjured|unhurt))\b"
)

# Those a report describes by what they were doing, or by age and sex (not "the suspect").
_PRESENT_NOUNS = SHE_NOUNS | HE_NOUNS | frozenset(
    ["driver", "clerk", "cashier", "customer", "employee", "passenger", "resident", "child",
     "teen", "teenager", "student", "worker", "person", "toddler", "baby", "infant"]
)  # fmt: skip
_DESCRIBED = re.compile(
    r"\b(?i:a|an)\s+(?P<desc>(?:\d{1,3}-year-old\s+)?(?:[a-z-]+\s+)?(?P<noun>"
    + "|".join(sorted(_PRESENT_NOUNS))
    + r"))\b"
)
# The next sentence's pronoun told unharmed: "She was not injured.", "He was unhurt."
_UNHURT_NEXT = re.compile(
    r"\A\W*(?P<pronoun>He|She)\s+(?:was|is)\s+(?:not\s+(?:physically\s+)?(?:hurt|injured|"
    r"harmed|struck|hit|wounded)|(?:physically\s+)?(?:unharmed|uninjured|unhurt))\b"
)
# A sentence about the accused: his description is no victim's.
_ACCUSED_WORDS = re.compile(
    r"\b(?:arrested|charged|accused|suspects?|custody|booked|wanted|gunman|shooter|attacker)\b",
    re.I,
)


# One described who tells of a threat to herself: "after a woman said three men pointed a
# pistol at her" (the "she" told unharmed next is she).
_DESCRIBED_SPEAKER = re.compile(
    r"\b(?i:a|an)\s+(?P<desc>(?:\d{1,3}-year-old\s+)?(?:[a-z-]+\s+)?(?P<noun>[a-z]+))\s+"
    r"(?:said|told\s+(?:police|officers|deputies)|reported)\b[^.;]*?\b(?:at|to|from)\s+(?:her|him)\b"
)
# The one a sentence opens with, told unharmed in its own clause: "A 54-year-old woman was also
# inside the home but was not physically injured."
_UNHURT_SAME = re.compile(
    r"[^.;]*?\b(?:but|and)\s+(?:was|were)\s+(?:not\s+(?:physically\s+)?(?:hurt|injured|"
    r"harmed|struck|hit|wounded)|(?:physically\s+)?(?:unharmed|uninjured|unhurt))\b"
)


def unhurt_in(sentence: Sentence) -> str | None:
    """The description `sentence` opens with, when it tells that one unharmed: "A 54-year-old
    woman was also inside the home but was not physically injured"."""
    return _unhurt_in(sentence.text)


# Cached: asked of nearly every sentence, and it follows from the text alone, which recurs
# (a stock line, a syndicated or revised copy).
@lru_cache(maxsize=8192)
def _unhurt_in(text: str) -> str | None:
    subject = _DESCRIBED_SUBJECT.match(text)
    if subject is None or _ACCUSED_WORDS.search(text):
        return None
    if subject.group("noun").lower() not in _PRESENT_NOUNS:
        return None
    if _UNHURT_SAME.match(text, subject.end()) is None:
        return None
    return subject.group("desc")


def unhurt_after(previous: Sentence, sentence: Sentence) -> str | None:
    """The description `previous` opens with (or one who tells in it of a threat to herself),
    when `sentence` opens with its pronoun told unharmed."""
    unhurt = prefix_match(_UNHURT_NEXT, sentence.text)
    if unhurt is None:
        return None
    subject = _DESCRIBED_SUBJECT.match(previous.text) or _DESCRIBED_SPEAKER.search(previous.text)
    if subject is None or _ACCUSED_WORDS.search(previous.text):
        return None
    noun = subject.group("noun").lower()
    if noun not in _PRESENT_NOUNS:
        return None
    if noun in (HE_NOUNS if unhurt.group("pronoun") == "She" else SHE_NOUNS):
        return None  # "A man was found in the yard. She was not hurt.": someone else
    return subject.group("desc")


def unhurt_within(sentence: Sentence) -> str | None:
    """The description a sentence tells of before a semicolon whose pronoun after it is told
    unharmed ("where a 4-year-old girl was asleep; she was not hurt"), when the sentence is
    no accused's."""
    text = sentence.text
    unhurt = _UNHURT_AFTER_SEMICOLON.search(text)
    if unhurt is None or _ACCUSED_WORDS.search(text, 0, unhurt.start()):
        return None
    described = [
        m for m in _DESCRIBED.finditer(text, 0, unhurt.start()) if m.group("noun") in _PRESENT_NOUNS
    ]
    if not described:
        return None
    noun = described[-1].group("noun")
    if noun in (HE_NOUNS if unhurt.group("pronoun") == "she" else SHE_NOUNS):
        return None
    return described[-1].group("desc")
