"""Key-word gates: which sentences a rule need not look at.

A rule can only match a sentence that holds one of its key words, so each rule sits behind a
gate of those words (`key_words`, `any_key_words`), and a family of many gated rules asks a
`GateTable` which of them a sentence opens. Every sentence is scanned once, when it is built
(`sentences.Sentence`), for the words of every gate there is, and keeps them as a set and as
the bits of one number; a gate's test is then a test of two numbers. The bits of each
sentence text read are kept too (`TEXT_BITS`), for the gates a pattern's own words make
(`patterns.may_match`), which are given a text, not a Sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

import ahocorasick

if TYPE_CHECKING:
    from casefile.extraction.sentences import Sentence

# The key-word bits of each sentence text read since the gate words last changed, for the
# gates a pattern's own words make (`patterns.may_match`), which are given a text, not a
# Sentence. Only texts whose lower case holds every case-insensitive match of a gate word
# (`literals.lowers_alike`) are kept: of the others no gate can tell.
TEXTS_KEPT = 32768
TEXT_BITS: dict[str, int] = {}
# What `sentences.Sentence` reads of each sentence text: its lower case, its key words and
# their bits, and whether `TEXT_BITS` may keep them (`literals.lowers_alike`). Kept as
# `TEXT_BITS` is, and dropped with it when the gate words change: a sentence recurs (stock
# lines, syndicated and revised copies), and each article builds its Sentences anew.
TEXT_READINGS: dict[str, tuple[str, frozenset[str], int, bool]] = {}
# The sentence texts among them read more than once: the searches of a stretch of a sentence
# are kept only for these (`patterns.search_within`), as a text read once is seldom searched
# at the same stretch again, and keeping each search would cost more than it saves.
RECURRING: set[str] = set()


def bits_of(text: str) -> int | None:
    """The key-word bits of a sentence's `text` (see `KeyWords`), if a sentence of that text
    was read since the gate words last changed."""
    return TEXT_BITS.get(text)


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
        key_words_in.cache_clear()  # what was found without these words
        TEXT_BITS.clear()  # nor do the sentences read before tell of these words
        TEXT_READINGS.clear()
        RECURRING.clear()
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
def key_words_in(lower: str) -> tuple[frozenset[str], int]:
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
        self._opened: dict[int, list[_Item]] = {}
        for index, (gate, _) in enumerate(gated):
            for word in gate.words:
                self._by_word.setdefault(word, []).append(index)

    def open_for(self, sentence: Sentence) -> list[_Item]:
        """The rules whose gates `sentence` opens, in the order given (a list shared by the
        sentences of the same key words: only read it)."""
        # Kept by the sentence's key-word bits, which tell its key words exactly: the same
        # few sets of words recur in sentence after sentence.
        found = self._opened.get(sentence.key_bits)
        if found is None:
            if len(self._opened) >= _OPENINGS_KEPT:
                self._opened.clear()
            found = self._opened[sentence.key_bits] = self._open_for(sentence.key_words)
        return found

    def _open_for(self, key_words: frozenset[str]) -> list[_Item]:
        found = self.words & key_words
        if not found:
            return []
        if len(found) == 1:
            return [self.rules[i] for i in self._by_word[next(iter(found))]]
        by_word = self._by_word
        return [self.rules[i] for i in sorted({i for word in found for i in by_word[word]})]


_OPENINGS_KEPT = 4096  # sets of key words whose open rules a table keeps
