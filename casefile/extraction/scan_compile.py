"""Regexes that a sentence scan rejects quickly at the many positions where they cannot start.

`re.search` tries a pattern at every position of the text. A pattern that opens with `\\b` and
a long alternation ("arrested|captured|took ... into custody|...") enters that alternation at
every word boundary, which is most of the cost of a scan. `compile_scan` works out, from the
pattern itself, the characters a match can start with, gives them to the regex engine as the
pattern's start set (which it skips to in one loop of C) and puts a look-ahead for them in
front: the pattern is entered only where one of them stands (or where the text starts, for
alternatives anchored there).

Where the scan does enter an alternation, the regex engine tries each alternative in turn,
and under IGNORECASE it cannot skip one by its first letter: "killed|killing|kidnapped|
shot|shooting|stabbed" costs six attempts at every "s". `compile_scan` also shares the first
letter of neighbouring alternatives ("ki(?:lled|lling|dnapped)|s(?:hot|hooting|tabbed)"), in
the compiled pattern only, so an attempt fails once per letter. These changes leave the
matches, their groups and the order in which alternatives are tried exactly as they were.
"""

from __future__ import annotations

import _sre
import re
import re._compiler as sre_compile
import re._constants as sre  # the parse tree's op codes
import re._parser as sre_parse
from typing import Any

from casefile.extraction.scan_cache import SCANS, Entry

# A character class larger than this is no useful filter (and is costly to write out).
_MAX_CHARS = 64
# The first characters of a match may include any digit or any white space: written as `\d`
# and `\s` in the look-ahead.
_DIGIT = "\\d"
_SPACE = "\\s"
_CATEGORIES = {_DIGIT: sre.CATEGORY_DIGIT, _SPACE: sre.CATEGORY_SPACE}
# A match that can only start where the text starts (its alternative opens with `\A`, or `^`
# without MULTILINE, and nothing known after it: "^\W*(?:If|Unless)"), among its first
# characters.
_START = "\\A"


def compile_scan(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with a look-ahead for the characters a match can start
    with when they can be worked out, and alternatives sharing their first letter."""
    # The flags as a plain number, as `re.compile` hands them to the parser: the parser tests
    # them at every item of the pattern, and a `re.RegexFlag`'s `&` and `|` are Python code
    # (a third of the time of loading the extraction modules went to them).
    flags = int(flags)
    # The engine's code of an earlier process, when kept (`scan_cache.py`): no parsing.
    key = f"{flags}:{pattern}"
    kept = SCANS.get(key)
    if kept is not None:
        try:
            source, all_flags, code, groups, group_index, index_group = kept
            return _sre.compile(source, all_flags, code, groups, group_index, tuple(index_group))
        except Exception:  # a damaged entry: compiled anew
            SCANS.forget(key)
    compiled, entry = _compile_scan(pattern, flags)
    if entry is not None:
        SCANS.put(key, entry)
    return compiled


def _compile_scan(pattern: str, flags: int) -> tuple[re.Pattern[str], Entry | None]:
    """The compiled scan of `pattern`, and the arguments it was compiled from (None when
    compiled by `re.compile`, which keeps its own)."""
    # Each source is parsed once: the pattern's tree tells its first characters and, when no
    # look-ahead can be put in front, is the tree compiled.
    tree = sre_parse.parse(pattern, flags)
    scanned = _with_look_ahead(pattern, tree, flags)
    if scanned is not pattern:
        try:
            tree = sre_parse.parse(scanned, flags)
        except re.error:  # inline global flags ("(?i)...") must stay at the very start
            scanned = pattern  # and `tree` is still the pattern's own
    return _compile_shared(scanned, tree, flags)


def _with_look_ahead(pattern: str, tree: Any, flags: int) -> str:
    """`pattern` with a look-ahead for its first characters in front (`tree` is its parse),
    or `pattern` itself when they are not known."""
    first = _first_chars(tree, flags)
    if not first or len(first) > _MAX_CHARS:
        return pattern
    # Compiled with the same flags, the class matches (case-insensitively, if so) exactly the
    # characters the pattern's first literal or class would.
    char_class = "".join(c if c in _CATEGORIES else re.escape(c) for c in sorted(first - {_START}))
    if _START not in first:
        return f"(?=[{char_class}])(?:{pattern})"
    if char_class:
        # Some alternatives start only where the text does: at any other position the others'
        # first characters. (Atomic: a failed match at the start is not tried twice.)
        return f"(?>\\A|(?=[{char_class}]))(?:{pattern})"
    if tree.data and tree.data[0][0] is not sre.AT:
        # Every alternative starts where the text does: said first, the regex engine tries
        # the pattern at the start only (as it does for a pattern opening with `\A`).
        return f"\\A(?:{pattern})"
    return pattern


def _compile_shared(pattern: str, tree: Any, flags: int) -> tuple[re.Pattern[str], Entry | None]:
    """`re.compile(pattern, flags)` from `tree`, the parse of `pattern`, its alternations made
    to share first letters (see `_share_heads`); what `re._compiler.compile` does, keeping
    `pattern` as the source. Also the arguments of `_sre.compile` it used (None when it fell
    back to `re.compile`)."""
    try:
        first = _first_chars(tree, flags)
        _share_heads(tree, flags | tree.state.flags)
        code = _with_start_set(sre_compile._code(tree, flags), first, flags | tree.state.flags)
        group_index = tree.state.groupdict
        index_group: list[str | None] = [None] * tree.state.groups
        for name, index in group_index.items():
            index_group[index] = name
        all_flags = flags | tree.state.flags
        entry = [pattern, all_flags, code, tree.state.groups - 1, group_index, index_group]
        return _sre.compile(*entry[:5], tuple(index_group)), entry
    except re.error:
        raise
    except Exception:  # a Python whose regex internals differ: the pattern as it is
        return re.compile(pattern, flags), None


def _with_start_set(code: list[int], first: set[str] | None, flags: int) -> list[int]:
    """`code` whose info block names the characters a match can start with (`first`, closed
    under the pattern's case rules), when the regex compiler found neither a literal prefix
    nor such a set itself (it finds none under IGNORECASE, nor behind a look-ahead).

    `search` then skips, in one C loop, every position whose character is not in the set,
    where a look-ahead costs an attempt of the whole pattern at each position (the engine
    enters the pattern, tries the look-ahead, fails): several times faster over a sentence
    in which the pattern does not match, which is most scans. The set is a superset of the
    characters any match starts with, so the matches are the same."""
    if not first or _START in first or code[0] != sre.INFO or code[2] != 0 or code[3] == 0:
        return code  # no set known, the compiler's own prefix or set, or a match may be empty
    if flags & sre.SRE_FLAG_LOCALE:
        return code
    items: list[tuple[Any, int]] = []
    for char in sorted(first):
        if char in _CATEGORIES:
            items.append((sre.CATEGORY, _CATEGORIES[char]))
            continue
        equivalents = _case_equivalents(char) if flags & sre.SRE_FLAG_IGNORECASE else char
        if equivalents is None:
            return code
        items.extend((sre.LITERAL, ord(c)) for c in equivalents)
    charset, _ = sre_compile._optimize_charset(items)
    info = [sre.INFO, 0, sre.SRE_INFO_CHARSET, code[3], code[4]]
    sre_compile._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[code[1] + 1 :]


# The characters outside ASCII that IGNORECASE matches to an ASCII letter: "ı" and "İ" to
# "i", "ſ" to "s", the Kelvin sign to "k" (every character of Unicode tried, Python 3.11;
# tests/extraction/test_scan_speed.py tries them again on the Python that runs the tests).
_CASE_OUTSIDE_ASCII = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def _case_equivalents(char: str) -> str | None:
    """Every character that matches `char` under IGNORECASE, or None when not known (a cased
    letter outside ASCII). A character without case matches only itself: nothing lowers to
    it (lower case is a cased letter's)."""
    if char.isascii():
        lower = char.lower()
        return lower + char.upper() + _CASE_OUTSIDE_ASCII.get(lower, "") if char.isalpha() else char
    return None if _sre.unicode_iscased(ord(char)) else char


def _share_heads(tree, flags: int) -> None:
    """Rewrite the alternations in `tree` (in place) so that neighbouring alternatives that
    open with the same literal character share it."""
    data = tree.data
    for position, (op, argument) in enumerate(data):
        if op is sre.BRANCH:
            for alternative in argument[1]:
                _share_heads(alternative, flags)
            shared = _shared(argument[1], flags, tree.state)
            data[position] = (op, (argument[0], shared))
        elif op is sre.SUBPATTERN:
            _, add_flags, del_flags, inner = argument
            _share_heads(inner, (flags | add_flags) & ~del_flags)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            _share_heads(argument[2], flags)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _share_heads(argument[1], flags)
        elif op is sre.ATOMIC_GROUP:
            _share_heads(argument, flags)
        elif op is sre.GROUPREF_EXISTS:
            for branch in argument[1:]:
                if branch is not None:
                    _share_heads(branch, flags)


def _head(alternative, ignore_case: bool) -> str | None:
    """The literal character `alternative` opens with, case-folded under IGNORECASE (ASCII
    only: two ASCII letters never match the same character, whatever the case rules), or None."""
    if not alternative.data:
        return None
    op, argument = alternative.data[0]
    if op is not sre.LITERAL:
        return None
    char = chr(argument)
    if not ignore_case:
        return char
    return char.lower() if char.isascii() else None


def _shared(alternatives: list, flags: int, state) -> list:
    """`alternatives` with those opening with the same character grouped under it, at the
    place of the first of them. At any position only the alternatives whose first character
    matches can match, so each is still tried in its original order. An alternative opening
    with anything else (a class, a group) may match where the others do: none is grouped
    across it."""
    ignore_case = bool(flags & re.IGNORECASE)
    slots: list[tuple[str | None, list]] = []
    open_slots: dict[str, list] = {}
    for alternative in alternatives:
        head = _head(alternative, ignore_case)
        if head is None:
            slots.append((None, [alternative]))
            open_slots = {}
        elif head in open_slots:
            open_slots[head].append(alternative)
        else:
            open_slots[head] = [alternative]
            slots.append((head, open_slots[head]))
    result = []
    for head, members in slots:
        if head is None or len(members) == 1:
            result.extend(members)
            continue
        rests = [sre_parse.SubPattern(state, list(m.data[1:])) for m in members]
        rest = (sre.BRANCH, (None, _shared(rests, flags, state)))
        result.append(sre_parse.SubPattern(state, [members[0].data[0], rest]))
    return result


def _first_chars(tree, flags: int = 0) -> set[str] | None:
    """The characters a match of the parsed pattern `tree` can start with (`_START`: or the
    start of the text), or None when unknown, unbounded or when the match can be empty."""
    first, nullable = _first(tree, not (flags | tree.state.flags) & re.MULTILINE)
    return None if first is None or nullable else first


def _first(sequence, single_line: bool = False) -> tuple[set[str] | None, bool]:
    """(characters a match can start with or None if unknown, whether it can be empty).
    `single_line`: `^` matches only where the text starts (no MULTILINE)."""
    found: set[str] = set()
    items = list(sequence)
    for index, (op, argument) in enumerate(items):
        if op is sre.AT and (
            argument is sre.AT_BEGINNING_STRING or (single_line and argument is sre.AT_BEGINNING)
        ):
            # Only where the text starts: the first characters of what follows, when known,
            # tell more; else the start itself.
            chars, nullable = _first(items[index + 1 :], single_line)
            return (found | chars if chars and not nullable else found | {_START}), False
        chars, nullable = _first_of_item(op, argument, single_line)
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return found, False
    return found, True


def _first_of_item(op, argument, single_line: bool) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {chr(argument)}, False
    if op is sre.IN:
        return _class_chars(argument), False
    if op is sre.BRANCH:
        found: set[str] = set()
        nullable = False
        for alternative in argument[1]:
            chars, empty = _first(alternative, single_line)
            if chars is None:
                return None, False
            found |= chars
            nullable = nullable or empty
        return found, nullable
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, inner = argument
        # "(?-i:[A-Z])": the characters it starts with, which the look-ahead and the start
        # set (both under the pattern's own flags, case-closed) hold with others. Any other
        # change of flags ("(?i:...)" inside a pattern without it): keep it simple, give up.
        if add_flags or del_flags & ~re.IGNORECASE:
            return None, False
        return _first(inner, single_line)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, inner = argument
        chars, empty = _first(inner, single_line)
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
        elif op is sre.CATEGORY and argument is sre.CATEGORY_DIGIT:
            chars.add(_DIGIT)  # a digit ("\d+(?:st|nd|rd|th) homicide") is a class of its own
        elif op is sre.CATEGORY and argument is sre.CATEGORY_SPACE:
            chars.add(_SPACE)  # so is white space (",\s+and", "\s+--\s+")
        elif op is sre.RANGE and argument[1] - argument[0] < _MAX_CHARS:
            chars.update(chr(c) for c in range(argument[0], argument[1] + 1))
        else:  # a negated class, \w, \d, a wide range: no useful filter
            return None
    return chars
