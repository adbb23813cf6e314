"""For speed only, no rule: a pattern's lean twin, for the texts that lack the words some of
its alternatives need.

A pattern is tried at every character its match can start with (`scan_compile`). An
alternative that starts at any space or any common letter ("\\s+--\\s+", "\\btoday\\b")
makes a pattern try nearly every position of every sentence, though the words it needs are
rare. Its twin without those alternatives finds exactly the same matches in a text that
holds none of their words (an alternative matches nowhere without its words), and is tried
only where the other alternatives can start; a few substring tests, in C, tell which of the
two a text needs. The rules keep one pattern: the twin is made from the same pieces, beside it.

A long pattern of many alternatives (`lean_alternatives`) gets its twins made for it: each
alternative has a gate of its own words (`patterns.may_match`), and a sentence is scanned by
the pattern of only the alternatives whose gates it opens, in their order (the others'
groups kept, never set). `patterns.first_in` and `matches_in` scan with that twin.
"""

from __future__ import annotations

import re

from casefile.extraction.patterns import LEAN_TWINS, compile_scan, may_match

__all__ = ["LeanScan", "lean_alternatives"]


class LeanScan:
    """`full`, and `lean`: `full` without the alternatives that need one of `words` (as
    case-sensitive substrings) and with the same groups, so that a text holding none of
    `words` gets the same matches, group by group, from either."""

    __slots__ = ("full", "lean", "words")

    def __init__(self, full: re.Pattern[str], lean: re.Pattern[str], words: tuple[str, ...]):
        if full.groupindex != lean.groupindex or full.groups != lean.groups:
            raise ValueError("a lean twin keeps its pattern's groups")
        self.full = full
        self.lean = lean
        self.words = words

    def for_text(self, text: str) -> re.Pattern[str]:
        """The pattern to scan `text` with: `lean` unless `text` holds one of `words`."""
        for word in self.words:
            if word in text:
                return self.full
        return self.lean


def lean_alternatives(source: str, flags: int = 0) -> re.Pattern[str]:
    """`compile_scan(source, flags)`, which the shared scans (`patterns.first_in`,
    `matches_in`) try in a sentence as the twin made of only the alternatives of `source`
    whose words the sentence holds (see `_Alternatives`). Only for a pattern whose callers read
    its matches by their spans and group names, not by group numbers."""
    pattern = compile_scan(source, flags)
    alternatives = top_level_alternatives(source)
    if len(alternatives) > 1 and not flags & re.VERBOSE:
        LEAN_TWINS[id(pattern)] = _Alternatives(pattern, alternatives, flags)
    return pattern


class _Alternatives:
    """The twins of a pattern of `alternatives`, by the alternatives a text may match."""

    __slots__ = ("_gates", "_twins", "alternatives", "flags", "full")

    def __init__(self, full: re.Pattern[str], alternatives: list[str], flags: int) -> None:
        self.full = full
        self.alternatives = alternatives
        self.flags = flags
        self._gates: list[re.Pattern[str]] | None = None  # made on first use, not at loading
        self._twins: dict[int, re.Pattern[str]] = {}

    def for_text(self, text: str) -> re.Pattern[str]:
        """The twin of the alternatives `text` may match (the full pattern when it may match
        them all, or when a twin cannot be made)."""
        gates = self._gates
        if gates is None:
            try:
                gates = [re.compile(a, self.flags) for a in self.alternatives]
            except re.error:  # an alternative that cannot stand alone (a back-reference)
                gates = []
            self._gates = gates
        opened = 0
        for bit, gate in enumerate(gates):
            if may_match(gate, text):
                opened |= 1 << bit
        if opened == (1 << len(gates)) - 1:
            return self.full
        if not opened:
            return _NOWHERE  # no alternative can match: no match, as the full pattern finds
        twin = self._twins.get(opened)
        if twin is None:
            if len(self._twins) >= _TWINS_KEPT:
                return self.full
            twin = self._twins[opened] = self._twin(opened)
        return twin

    def _twin(self, opened: int) -> re.Pattern[str]:
        kept = [a for bit, a in enumerate(self.alternatives) if opened >> bit & 1]
        dropped = [a for bit, a in enumerate(self.alternatives) if not opened >> bit & 1]
        # The alternatives dropped stay, behind a look-ahead that never holds, after the last
        # alternative kept, so that every group of the pattern is still there (never set).
        holder = "(?:(?!)" + "".join(f"(?:{a})" for a in dropped) + ")?"
        source = "|".join(kept) + holder
        try:
            twin = compile_scan(source, self.flags)
        except re.error:
            return self.full
        if twin.groupindex.keys() != self.full.groupindex.keys():
            return self.full
        return twin


_TWINS_KEPT = 64  # twins made for one pattern; past these, the full pattern is scanned
_NOWHERE = re.compile(r"\A(?!)")  # tried at the text's start only, and fails there


def top_level_alternatives(source: str) -> list[str]:
    """The alternatives of `source` at its top level: `"|".join` of them is `source`."""
    found: list[str] = []
    depth, start, position, in_class = 0, 0, 0, False
    while position < len(source):
        char = source[position]
        if char == "\\":
            position += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            # a "]" (or "^]") right after the opening bracket is a member, not the end
            if source.startswith("^]", position + 1):
                position += 2
            elif source.startswith("]", position + 1):
                position += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(source[start:position])
            start = position + 1
        position += 1
    found.append(source[start:])
    return found
