"""Counted groups a report tells of before it names their members: "Three men were indicted",
"police arrested four people", "a Dayton couple was charged" say how many suspects the names
that follow are (references.py gives the names to the group); a group told as harmed ("two
men were shot") counts no suspects.
"""

from __future__ import annotations

import re

from casefile.extraction.cues import CUE_AFTER
from casefile.extraction.cues_before import CUE_BEFORE, REACH
from casefile.extraction.descriptions import PLURAL_NOUN, harmed_description
from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan, matches_in, prefix_match, search_within
from casefile.extraction.sentences import Sentence

# A counted group a report tells of before it names its members: "Three men were indicted",
# "police arrested four people", "a Dayton couple was charged".
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}  # fmt: skip
# (compile_scan: searched at every position, it skips in C to where a match can start)
_COUNTED = compile_scan(
    r"\b(?:(?P<count>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9])\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?P<head>" + PLURAL_NOUN + r")|(?:a|the)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?P<pair>couple|pair|duo))\b",
    re.IGNORECASE,
)
# A relative clause that tells what the group did or underwent: "two men who escaped from the
# jail", "three teens who were arrested".
_RELATIVE = re.compile(r"\s+(?:who|that)(?=\s)")
_COUNTED_GATE = key_words(
    *(f"{word} " for word in _COUNTS), "couple", "pair", "duo", *(f" {n} " for n in range(2, 20))
)


def counted_sentences(sentences: list[Sentence]) -> list[Sentence]:
    """The `sentences` that may tell of a counted group (hold a number word or "couple")."""
    return _COUNTED_GATE.among(sentences)


def counted_suspect_groups(sentence: Sentence) -> list[int]:
    """How many people each counted group `sentence` says was arrested, charged or sought
    numbers ("Three men were indicted" gives 3, as "two men who escaped" gives 2), not a
    group it tells as harmed."""
    text = sentence.text
    counts: list[int] = []
    for match in matches_in(_COUNTED, text):
        if harmed_description(text, match.start(), match.end()):
            continue
        after = text[match.end() :]
        clause = _RELATIVE.match(after)
        if not (
            prefix_match(CUE_AFTER, after[clause.end() :] if clause else after)
            or search_within(CUE_BEFORE, text, max(0, match.start() - REACH), match.start())
        ):
            continue
        count = match.group("count")
        counts.append(2 if match.group("pair") else _COUNTS.get(count.lower()) or int(count))
    return counts
