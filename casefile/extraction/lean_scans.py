"""For speed only, no rule: a pattern's lean twin, for the texts that lack the words some of
its alternatives need.

A pattern is tried at every character its match can start with (`scan_compile`). An
alternative that starts at any space or any common letter ("\\s+--\\s+", "\\btoday\\b")
makes a pattern try nearly every position of every sentence, though the words it needs are
rare. Its twin without those alternatives finds exactly the same matches in a text that
holds none of their words (an alternative matches nowhere without its words), and is tried
only where the other alternatives can start; a few substring tests, in C, tell which of the
two a text needs. The rules keep one pattern: the twin is made from the same pieces, beside it.
"""

from __future__ import annotations

import re

__all__ = ["LeanScan"]


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
