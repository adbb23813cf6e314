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
from operator import itemgetter
from typing import ClassVar, Generic, NamedTuple, TypeVar

import ahocorasick

from casefile.extraction.chrome import Span
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
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_NEXT_WORD = re.compile(r"[\"“‘(\[]?([A-Za-z]+)")
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


# The key-word bits of each sentence text read since the gate words last changed, for the
# gates a pattern's own words make (`patterns.may_match`), which are given a text, not a
# Sentence. Only texts whose lower case holds every case-insensitive match of a gate word
# (`literals.lowers_alike`) are kept: of the others no gate can tell.
_TEXTS_KEPT = 32768
TEXT_BITS: dict[str, int] = {}


def bits_of(text: str) -> int | None:
    """The key-word bits of a sentence's `text` (see `KeyWords`), if a sentence of that text
    was read since the gate words last changed."""
    return TEXT_BITS.get(text)


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
    # `key_words`: every gate word (see `KeyWords`) in the sentence, found in one scan;
    # `key_bits`: the same words as the bits of one number, for the gates' quick test.

    def __new__(cls, index: int, start: int, end: int, text: str) -> Sentence:
        lower = text.lower()
        words, bits = _key_words_in(lower)
        if len(TEXT_BITS) >= _TEXTS_KEPT:
            TEXT_BITS.clear()
        if lowers_alike(text):
            TEXT_BITS[text] = bits
        return tuple.__new__(cls, (index, start, end, text, lower, words, bits))

    def __repr__(self) -> str:
        return (
            f"Sentence(index={self.index}, start={self.start}, end={self.end}, text={self.text!r})"
        )


class KeyWords:
    """A gate before a rule: the rule can only match a sentence holding one of its key words
    (lower case, anywhere in the sentence). Every gate's words go into one Aho-Corasick
    automaton, so a sentence is scanned once for all gates, however many there are."""

    _every: ClassVar[dict[str, None]] = {}  # every gate's words, in the order given
    _automaton: ClassVar[ahocorasick.Automaton | None] = None
    # One-character words (the digits of `NUMBER_KEYS`, "$") are left out of the automaton
    # and looked for as characters: they were two thirds of its matches, each one handed
    # back to Python, where a set intersection with the sentence finds them all in C.
    _characters: ClassVar[frozenset[str]] = frozenset()
    # Each gate word's bit: a gate opens for a sentence when its bits and the sentence's share
    # one, a test of two numbers where a set test looks up each of the sentence's words (every
    # family asks it of every sentence, most of the time to hear no).
    _bits: ClassVar[dict[str, int]] = {}

    def __init__(self, *words: str) -> None:
        self.words = frozenset(words)
        self.bits = KeyWords.register(words)
        # For a look from a position ("a cue word after the name?").
        self.pattern = re.compile("|".join(re.escape(word) for word in words))

    @classmethod
    def register(cls, words: tuple[str, ...] | frozenset[str]) -> int:
        """Scan every sentence for `words` from now on; their bits."""
        bits = 0
        for word in words:
            bits |= cls._bits.setdefault(word, 1 << len(cls._bits))
        if all(word in cls._every for word in words):
            return bits  # no new word: what the sentences were scanned for still holds
        cls._every.update(dict.fromkeys(words))
        cls._characters = frozenset(w for w in cls._every if len(w) == 1)
        cls._automaton = None  # built anew, with these words, on first use
        _key_words_in.cache_clear()  # what was found without these words
        TEXT_BITS.clear()  # nor do the sentences read before tell of these words
        return bits

    def opens(self, sentence: Sentence) -> bool:
        """Whether `sentence` holds one of the words."""
        return bool(self.bits & sentence.key_bits)

    def among(self, sentences: list[Sentence]) -> list[Sentence]:
        """The `sentences` that hold one of the words, in order: one call for a family's pass
        over an article rather than one `opens` call per sentence."""
        bits = self.bits
        return [s for s in sentences if bits & s.key_bits]

    def search(self, text: str, position: int = 0) -> re.Match[str] | None:
        """The first of the words in lower-cased `text` from `position` on."""
        return self.pattern.search(text, position)

    def occurs_from(self, sentence: Sentence, position: int) -> bool:
        """Whether one of the words starts at or after `position` of `sentence.lower`: what
        `search(sentence.lower, position)` tells, without trying a long alternation at every
        position. Only the words the sentence holds (its `key_words`) are looked for, each at
        its last occurrence."""
        lower = sentence.lower
        return any(lower.rfind(word) >= position for word in self.words & sentence.key_words)

    @classmethod
    def automaton(cls) -> ahocorasick.Automaton:
        if cls._automaton is None:
            automaton = ahocorasick.Automaton()
            for word in cls._every:
                if len(word) > 1:
                    automaton.add_word(word, word)
            automaton.make_automaton()
            cls._automaton = automaton
        return cls._automaton


_second = itemgetter(1)


# Cached: a sentence often recurs, in one article (a caption repeating the lead) and across
# articles (a syndicated story, a revised one, an outlet's stock lines).
@lru_cache(maxsize=16384)
def _key_words_in(lower: str) -> tuple[frozenset[str], int]:
    """The gate words in `lower`, and their bits (see `KeyWords`)."""
    # Each match is (end, word): the words taken out in C rather than by a Python loop.
    found = list(map(_second, KeyWords.automaton().iter(lower)))
    # A dozen substring tests, in C: faster than `_characters.intersection(lower)`, which
    # hashes every character of the sentence.
    found += [c for c in KeyWords._characters if c in lower]
    words = frozenset(found)
    return words, sum(map(KeyWords._bits.__getitem__, words))


def key_words(*words: str) -> KeyWords:
    """A gate that opens for sentences holding any of `words` (see `KeyWords`)."""
    return KeyWords(*words)


def any_key_words(*gates: KeyWords) -> KeyWords:
    """A gate that opens where any of `gates` does."""
    return KeyWords(*sorted(set().union(*(gate.words for gate in gates))))


_Item = TypeVar("_Item")


class GateTable(Generic[_Item]):
    """Rules behind gates, in order: the rules whose gates a sentence opens, found by one
    look-up per key word the sentence holds rather than one test per rule (a family with a
    dozen rules asks this of every sentence)."""

    def __init__(self, gated: list[tuple[KeyWords, _Item]]) -> None:
        self.rules = [rule for _, rule in gated]
        self.words: frozenset[str] = frozenset().union(*(gate.words for gate, _ in gated))
        self._by_word: dict[str, list[int]] = {}
        for index, (gate, _) in enumerate(gated):
            for word in gate.words:
                self._by_word.setdefault(word, []).append(index)

    def open_for(self, sentence: Sentence) -> list[_Item]:
        """The rules whose gates `sentence` opens, in the order given."""
        found = self.words & sentence.key_words
        if not found:
            return []
        if len(found) == 1:
            return [self.rules[i] for i in self._by_word[next(iter(found))]]
        by_word = self._by_word
        return [self.rules[i] for i in sorted({i for word in found for i in by_word[word]})]


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
    if _DOTTED.fullmatch(token):  # a.m., p.m., U.S.
        following = _NEXT_WORD.match(line, after)
        next_word = following.group(1).lower() if following else ""
        if token.lower() in _NATIONAL and next_word in _INSTITUTIONS:
            return False
        if len(token) == 3 and token.isupper() and token.lower() not in DOTTED_ABBREVIATIONS:
            return False  # a person's initials ("J.R. Davis")
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
        piece_start = 0
        for cut in [*_cuts(line), len(line)]:
            piece = line[piece_start:cut]
            if piece.strip():
                start = offset + piece_start + (len(piece) - len(piece.lstrip()))
                end = offset + piece_start + len(piece.rstrip())
                if skip:
                    while passed < len(skip) and skip[passed][1] <= start:
                        passed += 1
                    start, end = _trim_chrome(text, start, end, skip, passed)
                if start < end:
                    sentences.append(Sentence(len(sentences), start, end, text[start:end]))
            piece_start = cut
        offset += len(line) + 1
    return sentences
