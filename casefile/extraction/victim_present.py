"""People inside a home the case's attack was made on: "set fire to his former partner's house
while she and their two young children slept inside", "fired shots into the home while a
woman and her son were inside". They were its targets: victims, unharmed unless the report
says otherwise (the outcome of another statement about them outranks this one). Read by
extraction/victim_unnamed.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from casefile.extraction.key_words import key_words
from casefile.extraction.numbers import NUMBER, number_value
from casefile.extraction.patterns import compile_scan, matches_in
from casefile.extraction.sentences import Sentence

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
