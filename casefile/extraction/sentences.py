"""Sentence spans with offsets into the article text.

Lines are always boundaries (news pages put headlines, captions and list items on their own
lines); inside a line a period ends a sentence unless it closes a known abbreviation or an
initial. A regex splitter is used instead of a general library because it is several times
faster and the abbreviations that matter in crime news are few.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from casefile.extraction.chrome import Span
from casefile.extraction.key_words import TEXT_BITS, TEXTS_KEPT, key_words_in
from casefile.extraction.literals import lowers_alike

# Abbreviated month names ("Oct. 15"): a period after them ends no sentence.
MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
)
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sgt",
        "lt",
        "capt",
        "cpl",
        "det",
        "gov",
        "sen",
        "rep",
        "gen",
        "col",
        "maj",
        "ofc",
        "atty",
        "supt",
        "insp",
        "cmdr",
        "no",
        "nos",
        "co",
        "corp",
        "inc",
        "ltd",
        "jr",
        "sr",
        "vs",
        *MONTH_ABBREVIATIONS,
        "va",
        "pa",
        "ga",
        "fla",
        "tenn",
        "tex",
        "calif",
        "conn",
        "mass",
        "mich",
        "ill",
        "ind",
        "md",
        "minn",
        "mo",
        "wis",
        "ariz",
        "colo",
        "okla",
        "ore",
        "wash",
        "ky",
        "la",
        "miss",
        "neb",
        "nev",
        "ala",
        "ark",
        "del",
        "kan",
        "mont",
        "del",
        "ft",
        "mt",
    ]
)
CALENDAR_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
# Dotted abbreviations of places and times ("U.S.", "N.J.", "p.m."), lower case without the
# final period: they can end a sentence, and they are no one's initials.
DOTTED_ABBREVIATIONS = frozenset(
    ["u.s", "u.s.a", "u.k", "u.n", "e.u", "n.j", "n.y", "d.c", "l.a", "n.c", "s.c", "n.h", "n.m",
     "n.d", "s.d", "r.i", "p.o", "a.m", "p.m"]
)  # fmt: skip
# Words that continue a dotted abbreviation's name ("U.S. District Judge", "U.S. Marshals",
# "L.A. County"): no sentence starts there.
NAME_CONTINUATIONS = frozenset(
    [
        "attorney",
        "attorneys",
        "district",
        "marshals",
        "marshal",
        "magistrate",
        "court",
        "courts",
        "department",
        "army",
        "navy",
        "air",
        "coast",
        "border",
        "customs",
        "immigration",
        "secret",
        "postal",
        "capitol",
        "senate",
        "senator",
        "supreme",
        "route",
        "highway",
        "bureau",
        "sentencing",
        "probation",
        "bankruptcy",
        "embassy",
        "circuit",
        "superior",
        "judge",
        "county",
        "marine",
        "marines",
        "drug",
        "fish",
        "forest",
        "citizenship",
        "justice",
        "park",
    ]
)
# An outlet in brackets and a dash after a dateline's place: "(AP) —", "(WKRN) -".
_DATELINE_OUTLET = re.compile(r"\([A-Z][\w.&' -]{0,24}\)\s*[—–-]")
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_NEXT_WORD = re.compile(r"[\"“‘(\[]?([A-Za-z]+)")
_DAY_AFTER = re.compile(r"\.\s*\d")
_SHORT_MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
# "U.S. Marshals", "U.S. District Court": a country's initials before the name of one of its
# institutions end no sentence.
_NATIONAL = frozenset(["u.s", "u.k"])
_INSTITUTIONS = frozenset([
    "attorney", "attorneys", "marshals", "marshal", "district", "court", "courts", "department",
    "army", "navy", "air", "marine", "marines", "coast", "border", "customs", "immigration",
    "secret", "postal", "park", "forest", "capitol", "supreme", "magistrate", "embassy",
    "consulate", "government", "citizen", "citizenship", "military", "bureau", "senator", "sen",
    "rep", "representative", "house", "senate", "congress", "treasury", "justice",
])  # fmt: skip


class _SentenceFields(NamedTuple):
    index: int
    start: int
    end: int
    text: str
    lower: str
    key_words: frozenset[str]
    key_bits: int


class Sentence(_SentenceFields):
    """A sentence (or a line that is not one, such as a headline) and where it sits.

    Built some 25 times an article, so an immutable tuple (a frozen dataclass sets each field
    through `object.__setattr__`, several times slower); `lower` and `key_words` follow from
    `text`."""

    __slots__ = ()
    # `lower`: lower-cased once for the cheap key-word gates every fact family runs first.
    # `key_words`: every gate word (see `key_words.KeyWords`) in the sentence, found in one scan;
    # `key_bits`: the same words as the bits of one number, for the gates' quick test.

    def __new__(cls, index: int, start: int, end: int, text: str) -> Sentence:
        lower = text.lower()
        words, bits = key_words_in(lower)
        if len(TEXT_BITS) >= TEXTS_KEPT:
            TEXT_BITS.clear()
        if lowers_alike(text):
            TEXT_BITS[text] = bits
        return tuple.__new__(cls, (index, start, end, text, lower, words, bits))

    def __repr__(self) -> str:
        return (
            f"Sentence(index={self.index}, start={self.start}, end={self.end}, text={self.text!r})"
        )


# How far before a period its word is looked for first (see `_is_boundary`).
_WORD_REACH = 64


def _is_boundary(line: str, dot: int, after: int) -> bool:
    if line[dot] != ".":
        return True
    # The word the period closes: the text after the last whitespace before it. rsplit finds
    # it in C (a regex anchored at the period would rescan the whole line for every period,
    # and a walk back in Python costs a step per character), in the few characters before
    # the period when they hold that whitespace (a line may be a whole long text).
    near = max(0, dot - _WORD_REACH)
    parts = line[near : dot + 1].rsplit(None, 1)
    word = parts[-1] if near == 0 or len(parts) == 2 else line[: dot + 1].rsplit(None, 1)[-1]
    token = word.rstrip(".").lstrip("(\"“'‘")
    if len(token) == 1 and token.isupper():  # a middle initial
        return False
    if token.lower() == "a.k.a":  # "Bo Tran, a.k.a. "Red,"": a nickname follows
        return False
    if _DATELINE_OUTLET.match(line, after):
        return False  # "COLUMBIA, S.C. (AP) — A man ...": a dateline's outlet, one sentence
    if _DOTTED.fullmatch(token):  # a.m., p.m., U.S.
        following = _NEXT_WORD.match(line, after)
        next_word = following.group(1).lower() if following else ""
        if token.lower() in _NATIONAL and next_word in _INSTITUTIONS:
            return False
        if token.lower() in _NATIONAL and line[after : after + 1].isdigit():
            return False  # a highway's number: "on U.S. 19 near the exit"
        if len(token) == 3 and token.isupper() and token.lower() not in DOTTED_ABBREVIATIONS:
            return False  # a person's initials ("J.R. Davis")
        if next_word in _SHORT_MONTHS and _DAY_AFTER.match(line, following.end()):
            return False  # a day told after the hour: "around 2 a.m. Aug. 12, 2023"
        return next_word not in CALENDAR_WORDS and next_word not in NAME_CONTINUATIONS
    return token.lower() not in _ABBREVIATIONS


# Cached: a paragraph recurs, in revised and syndicated copies of a story and in an outlet's
# stock lines ("Anyone with information is asked to call ...").
@lru_cache(maxsize=8192)
def _cuts(line: str) -> tuple[int, ...]:
    """Where `line` breaks into sentences: the offset just after each boundary."""
    return tuple(
        m.end() for m in _BOUNDARY.finditer(line) if _is_boundary(line, m.start(), m.end())
    )


def _trim_chrome(
    text: str, start: int, end: int, skip: list[Span], first: int = 0
) -> tuple[int, int]:
    """Move `start` past chrome that covers it; an empty result means the piece is chrome.
    `skip` is in text order, and its spans before `first` end before `start`: only the spans
    from `first` up to the first one after `start` are looked at (a long page has thousands
    of chrome lines, and looking at every one for each sentence grew with the square of its
    length)."""
    for s, e in islice(skip, first, None):
        if s > start:
            break  # nor does any span after it start before `start`
        if start < e:
            start = e
            while start < end and text[start].isspace():
                start += 1
    return start, end


def split_sentences(text: str, skip: list[Span] | None = None) -> list[Sentence]:
    """Sentences of `text`, leaving out page chrome (`skip` spans, in text order)."""
    skip = skip or []
    sentences: list[Sentence] = []
    offset = 0
    passed = 0  # the chrome spans that end before the piece read now
    for line in text.split("\n"):
        if not line:  # the blank line between paragraphs
            offset += 1
            continue
        for piece_start, piece_end in _pieces(line):
            start, end = offset + piece_start, offset + piece_end
            if skip:
                while passed < len(skip) and skip[passed][1] <= start:
                    passed += 1
                start, end = _trim_chrome(text, start, end, skip, passed)
            if start < end:
                sentences.append(Sentence(len(sentences), start, end, text[start:end]))
        offset += len(line) + 1
    return sentences


# Cached as `_cuts` is: a paragraph recurs across the reports of one case.
@lru_cache(maxsize=8192)
def _pieces(line: str) -> tuple[tuple[int, int], ...]:
    """The sentences of `line` as offsets into it, each without the white space around it."""
    found = []
    piece_start = 0
    for cut in [*_cuts(line), len(line)]:
        piece = line[piece_start:cut]
        if piece.strip():
            start = piece_start + (len(piece) - len(piece.lstrip()))
            found.append((start, piece_start + len(piece.rstrip())))
        piece_start = cut
    return tuple(found)


# A sentence end: where a text that ends without one was cut off (a stored page excerpt).
_ENDS_SENTENCE = (".", "!", "?", '"', "”", "’", "'", ")", ":")
_LAST_TOKEN = re.compile(r"[,;\s]*\S*\Z")
_LIST_LINE = re.compile(r"\s*(?:[-–—•*·]|\d{1,2}[.)])\s")


def without_cut_number(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """`sentences` less a number the text breaks off in: "Police arrested Bo Tran, 2" or "set
    for May 2" may have been "25" and "May 21", so a figure at the break is no figure."""
    if not sentences:
        return sentences
    last = sentences[-1]
    stripped = last.text.rstrip()
    if text[last.end :].strip() or stripped.endswith(_ENDS_SENTENCE) or not stripped[-1:].isdigit():
        return sentences
    if _LIST_LINE.match(stripped) or len(stripped.split()) < 5:
        return sentences  # a list's line or a label ("- Bo Tran, 28") ends without a period
    kept = _LAST_TOKEN.sub("", stripped)
    if not kept.strip():
        return sentences[:-1]
    return [*sentences[:-1], Sentence(last.index, last.start, last.start + len(kept), kept)]
