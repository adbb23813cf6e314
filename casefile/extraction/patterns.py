"""The gates and shared scans that keep a pattern from reading a sentence it need not read.

A pattern is skipped in a sentence that holds none of the words every match of it holds
(`may_match`, the words read from the pattern by `literals.py`); a whole-sentence scan is kept
for the next time the same sentence text is read (`first_in`, `matches_in`, `prefix_match`),
and a search of a stretch of a sentence is gated alike (`search_within`, `match_at`).
Patterns are compiled for scanning by `scan_compile.compile_scan`.
"""

from __future__ import annotations

import re
from typing import Any

from casefile.extraction.key_words import RECURRING, TEXT_BITS, KeyWords
from casefile.extraction.literals import required_word_sets
from casefile.extraction.scan_compile import compile_scan

__all__ = [
    "compile_scan",
    "first_in",
    "match_at",
    "matches_in",
    "may_match",
    "prefix_match",
    "search_within",
]


# The gate of each pattern: the key-word bits of the words one of which every match holds
# (extraction/literals.py). It is made on the pattern's first test, not when the pattern is
# compiled: reading a pattern's words costs about as much as compiling it, and many patterns
# are never tested so (loading the extraction modules would take three times as long). A
# gate word added then makes the sentences read before it tell nothing of any gate's words
# (`key_words.bits_of`): each process reads its first articles without some gates.
# A pattern, the bits of its gate's words, those of each set of its conjunctions
# (`literals.required_word_sets`), and those of every conjunction's first set together: a
# sentence holding none of these opens no conjunction, told by one test (a pattern of many
# alternatives has a dozen conjunctions, and most sentences open none).
_Gate = tuple[re.Pattern[str], int | None, tuple[tuple[int, ...], ...], int]
_gates: dict[int, _Gate] = {}

# The patterns scanned in a sentence as the twin of the alternatives whose words it holds
# (`lean_scans.lean_alternatives`), by the pattern's id: made for speed, the same matches.
LEAN_TWINS: dict[int, Any] = {}


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False when `pattern` cannot match anywhere in `text`, a sentence's text, because it
    holds none of the words every match of the pattern holds; True when it may, or when
    that is not known (a pattern without such words, a text that is no sentence's). The
    test is a look-up of the key words the sentence was scanned for once."""
    gate = _gates.get(id(pattern))
    if gate is None:
        if len(_gates) >= _MOST_GATES:
            return True
        gate = _gate(pattern)
    words = gate[1]
    if words is None:
        return True
    bits = TEXT_BITS.get(text)  # what `key_words.bits_of` tells, without a call
    if bits is None or bits & words:
        return True
    return bool(bits & gate[3]) and _opens(gate, bits)


def _opens(gate: _Gate, bits: int) -> bool:
    """Whether a sentence of key-word `bits` holds every set of one of `gate`'s conjunctions."""
    for conjunction in gate[2]:
        for word_bits in conjunction:
            if not bits & word_bits:
                break
        else:
            return True
    return False


# Gates are made for patterns of modules (a pattern made anew for each text would add gate
# words without end); past this many, a pattern without a gate is given none.
_MOST_GATES = 2048


def _gate(pattern: re.Pattern[str]) -> _Gate:
    """The gate of `pattern` (`None` bits: no words are known), made on the pattern's first
    test: the sentences read before it do not tell of its words, the next ones will."""
    found = required_word_sets(pattern)
    if found is None:
        gate: _Gate = (pattern, None, (), 0)
    else:
        words, conjunctions = found
        KeyWords.register(words.union(*(w for c in conjunctions for w in c)))
        sets = tuple(tuple(KeyWords.register(w) for w in c) for c in conjunctions)
        firsts = 0
        for conjunction in sets:
            firsts |= conjunction[0]
        gate = (pattern, KeyWords.register(words), sets, firsts)
    _gates[id(pattern)] = gate
    return gate


# Whole-sentence scans, read once per sentence text. A sentence recurs: a caption repeats the
# lead, and the reports of one case share sentences (an outlet's revisions, syndicated copies,
# stock lines); a scan of a whole sentence by a long pattern is among the costliest steps of
# reading one. Matches are immutable, so every reader can share them.
#
# The scans are kept per pattern, looked up by the pattern's id: a compiled pattern's hash is
# worked out from its whole compiled code on every call (microseconds for a long pattern, more
# than the look-up of a scan read before should cost), while its id is a number. Each pattern
# is kept beside its scans, so its id cannot pass to another pattern while they live.
_SCANS_KEPT = 32768  # scans kept for all patterns together, as the text caches before them
# A longer text is scanned and not kept: what follows each name of a page that is one long
# line (no sentence breaks) is a new long string each time, and keeping thousands of them
# would hold far more memory than the scans save.
_LONGEST_KEPT = 2000
_first_scans: dict[int, tuple[re.Pattern[str], dict[str, re.Match[str] | None]]] = {}
_prefix_scans: dict[int, tuple[re.Pattern[str], dict[str, re.Match[str] | None]]] = {}
_all_scans: dict[int, tuple[re.Pattern[str], dict[str, tuple[re.Match[str], ...]]]] = {}
# Searches and matches of a stretch of a sentence (`search_within`, `match_at`), by the text
# and the stretch: the words before a name, after a cue, recur as often as the sentence.
_within_scans: dict[int, tuple[re.Pattern[str], dict[tuple[str, int, int], Any]]] = {}
_at_scans: dict[int, tuple[re.Pattern[str], dict[tuple[str, int, int], Any]]] = {}
_scan_count = 0


_NOT_READ = object()


def _keep(
    kept: dict,
    entry: tuple[re.Pattern[str], dict[str, Any]] | None,
    pattern: re.Pattern[str],
    text: str | tuple[str, int, int],
    found: Any,
) -> None:
    """Keep `found`, what `pattern` found in `text` (or a stretch of it), in `kept` for the
    next time (the callers keep no text longer than `_LONGEST_KEPT`; all scans are dropped
    when they grow past `_SCANS_KEPT`); `entry` is the pattern's scans in `kept`, if any."""
    global _scan_count
    _scan_count += 1
    if _scan_count > _SCANS_KEPT:
        _first_scans.clear()
        _prefix_scans.clear()
        _all_scans.clear()
        _within_scans.clear()
        _at_scans.clear()
        _scan_count = 1
        entry = None
    if entry is None:
        entry = kept[id(pattern)] = (pattern, {})
    entry[1][text] = found


# The kept scan is looked up first, in the function the families call: a sentence read before
# costs one look-up (not a gate test as well, nor a further call: these three are called
# about a thousand times an article, and the look-up is most of what they do for a sentence
# read before). A text not read before (nearly every one of an article of new sentences) is
# scanned in the same function, behind its gate, and only the keeping is a further call.


def _gate_opens(key: int, pattern: re.Pattern[str], text: str) -> bool:
    """`may_match(pattern, text)`, its commonest answers told from the gate's bits (see
    `_open`) without reading the pattern's words again."""
    gate = _gates.get(key)
    if gate is not None and gate[1] is not None:
        bits = TEXT_BITS.get(text)
        return bool(bits is None or bits & gate[1] or (bits & gate[3] and _opens(gate, bits)))
    return may_match(pattern, text)


def matches_in(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """`tuple(pattern.finditer(text))`, for a text read before (or gated out, `may_match`)."""
    key = id(pattern)
    entry = _all_scans.get(key)
    if entry is not None:
        found = entry[1].get(text, _NOT_READ)
        if found is not _NOT_READ:
            return found
    if not _gate_opens(key, pattern, text):
        found: tuple[re.Match[str], ...] = ()
    else:
        lean = LEAN_TWINS.get(key)
        found = tuple((pattern if lean is None else lean.for_text(text)).finditer(text))
    if len(text) <= _LONGEST_KEPT:
        _keep(_all_scans, entry, pattern, text, found)
    return found


def first_in(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, for a text read before (or gated out, `may_match`)."""
    key = id(pattern)
    entry = _first_scans.get(key)
    if entry is not None:
        found = entry[1].get(text, _NOT_READ)
        if found is not _NOT_READ:
            return found
    if not _gate_opens(key, pattern, text):
        found = None
    else:
        lean = LEAN_TWINS.get(key)
        found = (pattern if lean is None else lean.for_text(text)).search(text)
    if len(text) <= _LONGEST_KEPT:
        _keep(_first_scans, entry, pattern, text, found)
    return found


def prefix_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.match(text)`, for a text read before (what follows a name in a sentence
    recurs as often as the sentence)."""
    entry = _prefix_scans.get(id(pattern))
    if entry is not None:
        found = entry[1].get(text, _NOT_READ)
        if found is not _NOT_READ:
            return found
    found = pattern.match(text)
    if len(text) <= _LONGEST_KEPT:
        _keep(_prefix_scans, entry, pattern, text, found)
    return found


# A search of a stretch of a sentence (the words before a name, after a date) is tried at many
# places of the sentence, and most often finds nothing; its pattern's gate tells at once when
# the whole sentence holds none of the words every match holds, so that no stretch of it can
# (a match's look-behind sees the text before the stretch, but that too is the sentence's).


def search_within(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> re.Match[str] | None:
    """`pattern.search(text, start, end)`, not tried when `text`, a sentence's text, holds
    none of the words every match of `pattern` holds (`may_match`), and kept for the next
    time the same stretch of the same text is searched (of a sentence text read more than
    once)."""
    if end is None:
        end = len(text)
    if text not in RECURRING:  # a text read once: see `key_words.RECURRING`
        return pattern.search(text, start, end) if may_match(pattern, text) else None
    entry = _within_scans.get(id(pattern))
    if entry is not None:
        found = entry[1].get((text, start, end), _NOT_READ)
        if found is not _NOT_READ:
            return found
    found = pattern.search(text, start, end) if may_match(pattern, text) else None
    if len(text) <= _LONGEST_KEPT:
        _keep(_within_scans, entry, pattern, (text, start, end), found)
    return found


def match_at(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> re.Match[str] | None:
    """`pattern.match(text, start, end)`, not tried when `text`, a sentence's text, holds
    none of the words every match of `pattern` holds (`may_match`), and kept as
    `search_within` keeps its searches. (The two are written out apart, not through one
    helper given `pattern.search` or `pattern.match`: they are the hottest calls of
    extraction, and a helper would add a call and a bound method to each.)"""
    if end is None:
        end = len(text)
    if text not in RECURRING:  # a text read once: see `key_words.RECURRING`
        return pattern.match(text, start, end) if may_match(pattern, text) else None
    entry = _at_scans.get(id(pattern))
    if entry is not None:
        found = entry[1].get((text, start, end), _NOT_READ)
        if found is not _NOT_READ:
            return found
    found = pattern.match(text, start, end) if may_match(pattern, text) else None
    if len(text) <= _LONGEST_KEPT:
        _keep(_at_scans, entry, pattern, (text, start, end), found)
    return found
