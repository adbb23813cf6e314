"""The words a match of a regex must contain: a gate worked out from the pattern itself.

Most patterns that scan a sentence find nothing in it, and the regex engine learns that only by
trying the pattern at every position. Yet a match of `\\b(?:another|unrelated) (?:case|
shooting)` must hold "another" or "unrelated": a sentence with neither cannot match, which the
sentence's key-word scan (`key_words.KeyWords`) tells at once. `required_words` reads these
words from the pattern's parse tree: in a sequence, the literal text of a stretch every match
goes through; in an alternation, one such word for each alternative. Zero-width parts
(`\\b`, look-arounds) and what may be absent (`x?`, `x*`) require nothing.

The words are lower case, and a sentence is tested lower-cased, which is sound for any case
flag: a match's literal text, lower-cased, is in the lower-cased sentence. Only ASCII letters
are taken: under IGNORECASE a few other characters match them ("ſ" matches "s", "ı" matches
"i") without lower-casing to them, and `lowers_alike` tells which texts hold none of these.
"""

from __future__ import annotations

import re
import re._constants as sre  # the parse tree's op codes
import re._parser as sre_parse
from functools import lru_cache

# A set of literal strings is given up past this size (a cross product of classes grows fast).
_MOST_STRINGS = 64
# A literal stretch is read on through a choice ("b(?:ond|ail)") while it spells at most this
# many strings.
_LONGEST_RUN = 16
# Words this long or longer are taken as equally telling: the gate prefers fewer of them (a
# short list of words rather than every phrase a stretch of the pattern spells out).
_TELLING_LENGTH = 5
# The sets of words a conjunction tests, the most telling first.
_MOST_SETS = 3
# A further set of a conjunction needs words with at least this many letters in a row.
_FURTHER_SHORTEST = 4
# A gate needs words with at least this many letters in a row: "if" still tells, "a" does not.
_SHORTEST_WORD = 2
# Characters that IGNORECASE matches to an ASCII letter though their lower case is no ASCII
# letter (U+0130 lower-cases to two characters).
_CASE_ODD = ("\u017f", "\u0131", "\u0130")

_LETTERS = re.compile("[a-z]+")
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def lowers_alike(text: str) -> bool:
    """Whether every case-insensitive match in `text` of an ASCII literal is that literal in
    `text.lower()` (true of any text without the few characters `_CASE_ODD` names)."""
    return not any(c in text for c in _CASE_ODD)


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case words one of which every match of `pattern` contains (anywhere in the text
    the match was found in, look-arounds included), or None when no useful set is known."""
    tree = _parsed(pattern)
    if tree is None:
        return None
    _, words, _ = _sequence(tree.data)
    return _useful(words)


Gate = tuple[frozenset[str], tuple[tuple[frozenset[str], ...], ...]]


def required_word_sets(pattern: re.Pattern[str]) -> Gate | None:
    """What every match of `pattern` holds, alternative by alternative of its outer choice:
    `(words, conjunctions)`, where a match holds one of `words` or, for one of the
    `conjunctions`, a word of each of its sets ("police ... said ... shot" holds one of
    "police", "detectives"; one of "say", "said"; and one of "shot", "stabbed"); None when
    some alternative holds no telling word."""
    tree = _parsed(pattern)
    if tree is None:
        return None
    items = tree.data
    choice = next((i for i, item in enumerate(items) if _choice(item) is not None), None)
    shared = _sequence(items)[2]  # what every match holds, whichever alternative it takes
    alternatives = _flattened(_choice(items[choice])) if choice is not None else [[]]
    words: set[str] = set()
    conjunctions: list[tuple[frozenset[str], ...]] = []
    for alternative in alternatives:
        sets = {_useful(c) for c in [*_sequence(alternative)[2], *shared]} - {None}
        best: list[frozenset[str]] = []
        # (Ties in the order of their words: the same gate in every process.)
        for found in sorted(sets, key=lambda w: (_telling(w), sorted(w)), reverse=True):
            # A set one implies, or implied by one, tells little more than it: each word of
            # "across the city", "across the state" holds "across the ".
            if not any(_implies(found, b) or _implies(b, found) for b in best):
                best.append(found)
                if len(best) == _MOST_SETS:
                    break
        if not best:
            return None
        # A further set of short words ("st", "nd" after a number) is in nearly every
        # sentence: it would close the gate for few, and every sentence would be scanned for it.
        best = best[:1] + [b for b in best[1:] if _telling(b)[0] >= _FURTHER_SHORTEST]
        if len(best) == 1:
            words |= best[0]
        else:
            conjunctions.append(tuple(best))
    return frozenset(words), tuple(conjunctions)


def _flattened(alternatives: list) -> list:
    """`alternatives`, each that is one choice between zero-width parts (`\\b(?:another
    case|unrelated|...)\\b`) given as the alternatives of that choice, so that each of them
    has a gate of its own: one set of words for them all would be the union of their most
    telling sets, where a word of one ("case") is in most sentences though the conjunction of
    its alternative ("death ... follows ... the killing") is in few."""
    flat: list = []
    for alternative in alternatives:
        items = getattr(alternative, "data", alternative)
        wide = [item for item in items if item[0] not in _ZERO_WIDTH]
        inner = _choice(wide[0]) if len(wide) == 1 else None
        flat.extend(_flattened(inner) if inner is not None else [alternative])
    return flat


def _implies(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether a text holding a word of `a` holds one of `b`."""
    return all(any(w in v for w in b) for v in a)


def _parsed(pattern: re.Pattern[str]):
    _read.clear()  # the ids of the tree read before may be reused
    try:
        return sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # a pattern the parser of this Python reads otherwise
        return None


def _choice(item) -> list | None:
    """The alternatives of `item` when it is a choice, or a group holding only one."""
    op, argument = item
    if op is sre.BRANCH:
        return [a.data for a in argument[1]]
    if op is sre.SUBPATTERN and len(argument[3].data) == 1:
        return _choice(argument[3].data[0])
    return None


@lru_cache(maxsize=65536)  # the sets every alternative shares are asked for each of them
def _useful(words: frozenset[str] | None) -> frozenset[str] | None:
    """`words` if they tell enough to be a gate, without a word that holds another of them (a
    text holding "previously arrested" holds "arrested"), else None."""
    if not words or "" in words or _telling(words)[0] < _SHORTEST_WORD:
        return None
    kept: list[str] = []
    for word in sorted(words, key=len):  # a word can only hold a shorter one
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return frozenset(kept)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more telling of two required sets (see `_telling`)."""
    if not a or "" in a:
        return b if b and "" not in b else None
    if not b or "" in b:
        return a
    return a if _telling(a) >= _telling(b) else b


@lru_cache(maxsize=65536)  # the same sets recur through a pattern's nested groups
def _telling(words: frozenset[str]) -> tuple[int, int]:
    """How telling a required set is: by the longest run of letters in its least telling
    word ("in a " tells no more than "in"), up to `_TELLING_LENGTH`, then by its size."""
    least = min(max(map(len, _LETTERS.findall(word)), default=0) for word in words)
    return min(least, _TELLING_LENGTH), -len(words)


def _sequence(items) -> tuple[frozenset[str] | None, frozenset[str] | None, list]:
    """(every string the sequence can match, if few and known; its most telling required
    set, or None; every required set found, each of which a match holds)."""
    items = getattr(items, "data", items)
    known = _read.get(id(items))
    if known is not None:
        return known
    run: frozenset[str] | None = frozenset([""])  # the literal stretch being read
    whole: frozenset[str] | None = frozenset([""])  # the whole sequence's strings, while known
    found: list[frozenset[str]] = []
    for op, argument in _strings(items):
        exact, required = _item(op, argument)
        # (A set of single characters is no gate: left out at once.)
        found += [f for f in (required, exact) if f and max(map(len, f)) > 1]
        if exact is not None and run is not None and len(run) * len(exact) <= _LONGEST_RUN:
            if len(exact) > 1 and run:  # the stretch before a choice may tell more than the choices
                found.append(run)
            run = frozenset(a + b for a in run for b in exact)
        else:
            if run:
                found.append(run)
            run = exact
        if whole is not None:
            whole = (
                frozenset(a + b for a in whole for b in exact)
                if exact is not None and len(whole) * len(exact) <= _MOST_STRINGS
                else None
            )
    if run:
        found.append(run)
    best = None
    for words in found:
        best = _better(best, words)
    _read[id(items)] = (whole, best, found)
    return whole, best, found


# What `_sequence` found for each sequence of the tree being read (by the id of its list of
# items, alive while the tree is): the outer choice's alternatives are read twice.
_read: dict[int, tuple] = {}


_STRING = "string"  # a stretch of ASCII literals, read as one item


def _strings(items: list) -> list:
    """`items` with each stretch of ASCII literals made one `_STRING` item."""
    merged: list = []
    letters: list[str] = []
    for op, argument in items:
        if op is sre.LITERAL and argument < 128:
            letters.append(chr(argument))
            continue
        if letters:
            merged.append((_STRING, "".join(letters).lower()))
            letters = []
        merged.append((op, argument))
    if letters:
        merged.append((_STRING, "".join(letters).lower()))
    return merged


def _item(op, argument) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(every string the item can match, if few and known; a required set, or None)."""
    if op is _STRING:
        string = frozenset([argument])
        return string, string
    if op is sre.LITERAL:  # not ASCII: under IGNORECASE it may match other characters
        return None, None
    if op is sre.IN:
        chars = _class(argument)
        return chars, chars
    if op in _ZERO_WIDTH:
        return frozenset([""]), None
    if op is sre.SUBPATTERN:
        return _sequence(argument[3])[:2]
    if op is sre.ATOMIC_GROUP:
        return _sequence(argument)[:2]
    if op is sre.BRANCH:
        exact: frozenset[str] | None = frozenset()
        required: frozenset[str] | None = frozenset()
        for alternative in argument[1]:
            strings, words, _ = _sequence(alternative)
            exact = exact | strings if exact is not None and strings is not None else None
            words = _better(words, strings)
            required = required | words if required is not None and words else None
        if exact is not None and len(exact) > _MOST_STRINGS:
            exact = None
        return exact, required
    if op in _REPEATS:
        low, high, inner = argument
        strings, words, _ = _sequence(inner)
        if low == 0:
            if high == 1 and strings is not None:
                return strings | {""}, None
            return None, None
        if low == high == 1:
            return strings, words
        return None, _better(words, strings)
    return None, None  # any character, a category, a back-reference, a condition


def _class(items) -> frozenset[str] | None:
    """The lower-cased characters of a small class of ASCII literals and ranges, or None."""
    chars: set[str] = set()
    for op, argument in items:
        if op is sre.LITERAL and chr(argument).isascii():
            chars.add(chr(argument).lower())
        elif op is sre.RANGE and argument[1] - argument[0] < 8 and argument[1] < 128:
            chars.update(chr(c).lower() for c in range(argument[0], argument[1] + 1))
        else:  # a negated class, \w, \d, a wide range: anything
            return None
    return frozenset(chars)
