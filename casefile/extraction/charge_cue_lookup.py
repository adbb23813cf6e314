"""Which charge cues a sentence may hold: the cue tables joined in the order that decides which
cue wins (a verdict's, a plea's or a dismissal's before a filing's: where an earlier cue has read
a list, a later one does not read it again), looked up by the key words the sentence holds, so
that most sentences are passed over with one search."""

from __future__ import annotations

import re
from functools import lru_cache

from casefile.extraction.charge_cue_parts import Cue
from casefile.extraction.charge_cues import FILING_CUES
from casefile.extraction.charge_verdict_cues import SAME_CUES, VERDICT_CUES
from casefile.extraction.dates import SHORT_MONTHS
from casefile.extraction.key_words import any_key_words
from casefile.extraction.sentences import Sentence

CUES = VERDICT_CUES + FILING_CUES + SAME_CUES
# Any cue's key word: most sentences hold none and are passed over with one search.
ANY_CUE = any_key_words(*(cue.gate for cue in CUES))
_BY_WORD: dict[str, list[int]] = {}
for _index, _found in enumerate(CUES):
    for _word in _found.gate.words:
        _BY_WORD.setdefault(_word, []).append(_index)


def cues_in(sentence: Sentence) -> list[Cue]:
    """The cues whose key words `sentence` holds, in the order of `CUES`: one look-up per key
    word the sentence holds rather than one test per cue (a list shared by the sentences of
    the same key words: only read it)."""
    # Kept by the sentence's key-word bits, which tell its key words exactly: the same few
    # sets of words recur in sentence after sentence.
    found = _OPENED.get(sentence.key_bits)
    if found is None:
        if len(_OPENED) >= _OPENINGS_KEPT:
            _OPENED.clear()
        found = _OPENED[sentence.key_bits] = _cues_of(sentence.key_words)
    return found


_OPENED: dict[int, list[Cue]] = {}
_OPENINGS_KEPT = 4096


def _cues_of(key_words: frozenset[str]) -> list[Cue]:
    found = ANY_CUE.words & key_words
    if not found:
        return []
    if len(found) == 1:
        return [CUES[i] for i in _BY_WORD[next(iter(found))]]
    return [CUES[i] for i in sorted({i for word in found for i in _BY_WORD[word]})]


# A month's abbreviation before its day ("Nov. 6"): its period ends no clause.
_MONTH_PERIOD = re.compile(rf"\b((?-i:{SHORT_MONTHS}))\.(?=\s\d)")


# Cached: every cue a sentence opens reads it, and a sentence recurs across the reports of one
# case (revisions, syndicated copies).
@lru_cache(maxsize=8192)
def cue_text(text: str) -> str:
    """`text` as the cues read it: a date with its month cut short between a verb and its
    charges ("pleaded guilty Nov. 6 to", "was charged Sept. 3 with") written without the
    period, which the cues' gaps take for a clause's end. Offsets are unchanged."""
    return _MONTH_PERIOD.sub(r"\1 ", text) if "." in text else text
