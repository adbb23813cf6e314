"""Regexes that a sentence scan rejects quickly at the many positions where they cannot start.

`re.search` tries a pattern at every position of the text. A pattern that opens with `\\b` and
a long alternation ("arrested|captured|took ... into custody|...") enters that alternation at
every word boundary, which is most of the cost of a scan. `compile_scan` works out, from the
pattern itself, the characters a match can start with and puts a look-ahead for them in front:
the look-ahead fails at once at every other position. The matches are exactly the same.
"""

from __future__ import annotations

import re
import re._constants as sre  # the parse tree's op codes
import re._parser as sre_parse

# A character class larger than this is no useful filter (and is costly to write out).
_MAX_CHARS = 64


def compile_scan(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with a look-ahead for the characters a match can start
    with when they can be worked out (the pattern is compiled as it is otherwise)."""
    first = _first_chars(sre_parse.parse(pattern, flags))
    if not first or len(first) > _MAX_CHARS:
        return re.compile(pattern, flags)
    # Compiled with the same flags, the class matches (case-insensitively, if so) exactly the
    # characters the pattern's first literal or class would.
    char_class = "".join(re.escape(c) for c in sorted(first))
    try:
        return re.compile(f"(?=[{char_class}])(?:{pattern})", flags)
    except re.error:  # inline global flags ("(?i)...") must stay at the very start
        return re.compile(pattern, flags)


def _first_chars(sequence) -> set[str] | None:
    """The characters a match of `sequence` can start with, or None when unknown, unbounded
    or when the match can be empty."""
    first, nullable = _first(sequence)
    return None if first is None or nullable else first


def _first(sequence) -> tuple[set[str] | None, bool]:
    """(characters a match can start with or None if unknown, whether it can be empty)."""
    found: set[str] = set()
    for op, argument in sequence:
        chars, nullable = _first_of_item(op, argument)
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return found, False
    return found, True


def _first_of_item(op, argument) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {chr(argument)}, False
    if op is sre.IN:
        return _class_chars(argument), False
    if op is sre.BRANCH:
        found: set[str] = set()
        nullable = False
        for alternative in argument[1]:
            chars, empty = _first(alternative)
            if chars is None:
                return None, False
            found |= chars
            nullable = nullable or empty
        return found, nullable
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, inner = argument
        if add_flags or del_flags:  # (?i:...) and the like: keep it simple, give up
            return None, False
        return _first(inner)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, inner = argument
        chars, empty = _first(inner)
        return chars, empty or low == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        # Zero-width (\b, ^, look-arounds): the first character is the next item's.
        return set(), True
    return None, False


def _class_chars(items) -> set[str] | None:
    chars: set[str] = set()
    for op, argument in items:
        if op is sre.LITERAL:
            chars.add(chr(argument))
        elif op is sre.RANGE and argument[1] - argument[0] < _MAX_CHARS:
            chars.update(chr(c) for c in range(argument[0], argument[1] + 1))
        else:  # a negated class, \w, \d, a wide range: no useful filter
            return None
    return chars
