"""Line kinds: whether a sentence is a headline or a caption in title case, where capitals do
not mark names, or an item of a roster ("Ann Lee, 31, of Leesburg - Retail Theft"), whose
opening names a person. The names stage and the charge family read lines by these."""

from __future__ import annotations

import re
from functools import lru_cache

from casefile.extraction.ages import ALIAS
from casefile.extraction.mentions import name_token
from casefile.extraction.name_vocabulary import DESCRIPTORS, NOT_NAME_WORDS, PLACE_HEADS, TITLES
from casefile.extraction.patterns import prefix_match

_ABBREVIATION_END = re.compile(r"\b[A-Z]\.[A-Z]\.\Z")
_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


# A line of a roster opening on a name and an age ("Ann Lee, 31, of Leesburg - Retail Theft"):
# its capitals after the age name charges or places, but its opening names a person.
_ROSTER_ITEM = re.compile(
    r"\A\W*(?P<name>[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})(?:" + ALIAS + r",?\s*|,\s*)"
    r"(?:age\s+)?\d{1,3}\b(?:,|\s+[-–—(])"
)


_NOT_A_ROSTER_NAME = NOT_NAME_WORDS | TITLES | DESCRIPTORS | PLACE_HEADS


# Cached: asked of every sentence, and it follows from the text alone, which recurs.
@lru_cache(maxsize=16384)
def is_roster_item(line: str) -> bool:
    """Whether `line` is an item of a roster: a name and an age, then what goes with them
    ("Dayton Man, 34, Charged ..." opens on a description: a headline)."""
    found = prefix_match(_ROSTER_ITEM, line)
    return found is not None and not any(
        name_token(word) in _NOT_A_ROSTER_NAME for word in found.group("name").split()
    )


# The words title case leaves in small letters: articles, conjunctions, prepositions. A word
# of any other kind in small letters near a line's start is prose, not a headline.
_TITLE_CASE_SMALL = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
     "with", "from", "into", "onto", "over", "after", "as", "vs", "via", "up", "off", "out",
     "amid", "near", "than", "about", "against", "before", "during", "under", "upon", "per",
     "is", "are", "was", "be", "says", "say"]
)  # fmt: skip


# Cached: asked of every sentence by the cast and several families, and a sentence recurs
# across the reports of one case (revisions, syndicated copies).
@lru_cache(maxsize=16384)
def is_title_line(index: int, text: str) -> bool:
    """Whether the sentence at `index` whose text is `text` is a headline: a line in title
    case, or the first line of the text when it ends on no full stop ("Man charged with murder
    in fentanyl death")."""
    text = text.rstrip()
    if index == 0 and not text.endswith((".", "!", '"', "”", ":")):
        return True
    return is_headline(text)


# Cached: asked of every sentence by several families; a sentence recurs (stock lines,
# syndicated and revised copies).
@lru_cache(maxsize=16384)
def is_headline(sentence: str) -> bool:
    """Title-case lines (headlines, captions) where capitals do not mark names."""
    stripped = sentence.rstrip()
    # A full stop ends a sentence, unless it is an abbreviation's ("... Girl from N.Y.").
    # The abbreviation is the last four characters: searched from there, not tried at every
    # position of the sentence (`\b` still sees the character before).
    if stripped.endswith(("?", "!", '"', "”")) or (
        stripped.endswith(".") and not _ABBREVIATION_END.search(stripped, max(0, len(stripped) - 4))
    ):
        return False
    if is_roster_item(stripped):
        return False
    words = _HEADLINE_WORD.findall(sentence)
    if any(w[0].islower() and w not in _TITLE_CASE_SMALL for w in words[1:3]):
        return False  # "Two others, Ann Lee and ...": prose, cut off before its full stop
    long_words = [w for w in words if len(w) > 3]
    if len(long_words) < 4:
        return False
    return sum(w[0].isupper() for w in long_words) / len(long_words) > 0.7
