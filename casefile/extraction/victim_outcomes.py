"""The outcome a named victim's harm cue tells, read by `victim_names.py`: an outcome word
belongs to the person it is said of, so the outcome is read from the cue that links harm to the
mention, else from the words of the mention's own stretch of its clause (up to the next name,
or to the harm said of that name): killed, then a stated "unharmed", then injured. "Attempted
murder of X" does not make X killed.
"""

from __future__ import annotations

import re

from casefile.extraction.context import Article
from casefile.extraction.harm_words import (
    AT_A_TARGET,
    BARE_HARM,
    HARM_BEFORE,
    HURT,
    INJURY_TOLD,
    KILL,
    NOT_UNHARMED,
    OUTCOME_WORDS,
)
from casefile.extraction.sentences import Sentence

KILLED, INJURED, UNHARMED = "killed", "injured", "unharmed"
# "injured?" is harm read from the cue alone ("the shooting of X"): X is taken to be killed when
# the case is a killing and no one else is said to have died.
DEFAULT_UNHARMED, WEAK_INJURED = "unharmed?", "injured?"
_HURT_CUE = re.compile(
    rf"(?:{HURT})\b|suffer|sustain|treated|hospital|surviv|recover|found (?:shot|stabbed|"
    r"unconscious|with)|in (?:critical|serious|stable) condition|taken to|rushed|transported|flown|"
    r"airlifted|left paralyzed|in (?:a|an) (?:[\w-]+ ){0,2}?coma|"
    # the care harm called for: "needed stitches", "spent a week in the hospital"
    r"needed|required|underwent|spent|"
    # "was pushed to the floor", "broke her wrist when she was pushed over"
    r"pushed|shoved|broke|fractured|"
    # "The victim, Ann Lee, is expected to survive": hurt, and will live
    r"expected to survive"
)


def own_stretch(
    article: Article, sentence: Sentence, low: int, high: int, start: int, end: int
) -> tuple[int, int]:
    """The part of the clause that speaks of the mention at `start`: up to the mentions of
    other people on either side, and no further than 100 characters."""
    text = sentence.text
    for mention, _ in article.cast.people_in(sentence):
        if mention.end <= start:
            low = max(low, mention.end)
        elif mention.start >= end and mention.start < high:
            # up to the next name, or to the harm said of it ("... that killed Bo Tran")
            cue = HARM_BEFORE.search(text, max(end, mention.start - 120), mention.start)
            high = cue.start() if cue else mention.start
    return max(low, start - 100), min(high, end + 100)


# Shooting at someone, which says nothing of a hit: "shot at X", "fired two shots at X".
_SHOT_AT = re.compile(r"(?:shot|shooting|shots?|firing|fired)\s+" + AT_A_TARGET + r"\b", re.I)


# A murder count, done, that alleges the intent the killing was done with: "three counts of
# first-degree murder, two alleging intent to kill Ann Lee and Bo Tran" (not "attempted").
_MURDER_COUNT_INTENT = re.compile(
    r"(?<!attempted )(?<!attempted first-degree )(?<!attempted second-degree )"
    r"\b(?:(?:first|second|third)[-\s]degree\s+)?murder\b(?:\s+(?:counts?|charges?))?"
    r"[^.;]{0,40}?\balleg(?:ing|es|ed)\s+(?:(?:that\s+)?(?:he|she|they)\s+(?:had\s+)?)?"
    r"(?:an?\s+|the\s+)?intent\s+to\s+kill\b",
    re.I,
)


def cue_outcome(cue: str, text: str, low: int, high: int) -> str:
    if re.match(NOT_UNHARMED, cue) or re.search(
        r"unharmed|uninjured|unhurt|escaped|good health|^(?:nearly|almost|narrowly)\b", cue
    ):
        return UNHARMED
    shot_at = bool(_SHOT_AT.fullmatch(cue))
    if re.search(r"\bto\s+(?:kill|murder|shoot|harm|hurt)$", cue):
        if _MURDER_COUNT_INTENT.search(text, max(0, low - 120), high):
            return KILLED  # "counts of first-degree murder, two alleging intent to kill X"
        cue = "attempt"
    if not cue.startswith("attempt") and re.fullmatch(
        rf"(?:{KILL}|died|dies|die|pronounced (?:dead|deceased)|found dead|dead|deceased|unresponsive|lifeless|(?:\w+\s+)?body|"
        r"succumbed|passed away|lost (?:his|her|their) li(?:fe|ves)|claimed the li(?:fe|ves)|"
        r"did not survive|"
        r"did n[o’']t survive|never regained consciousness|found unresponsive|"
        r"(?:\w+\s+)?remains|bodies|"
        r"declared (?:dead|deceased))",
        cue,
    ):
        return KILLED
    kinds = {
        next(k for k, v in m.groupdict().items() if v)
        for m in OUTCOME_WORDS.finditer(text, low, high)
        # "shot at X": the shot the cue names hit no one
        if not (shot_at and _SHOT_AT.match(text, m.start()))
    }
    if KILLED in kinds:
        return KILLED
    if UNHARMED in kinds:
        return UNHARMED
    if INJURED in kinds:
        if BARE_HARM.fullmatch(cue) and not INJURY_TOLD.search(text, low, high):
            # "X was shot in the chest when he tried to stop them": whether X lived is told
            # elsewhere (the case's killing, when no one else is said to have died).
            return WEAK_INJURED
        return INJURED
    if shot_at:
        return DEFAULT_UNHARMED  # "shot at X but missed": targeted, hurt only if told
    if cue in ("victim", "victims"):
        return WEAK_INJURED  # "identified the victim as X": what befell X is told elsewhere
    if _HURT_CUE.match(cue):
        # "X suffered burns and was treated and released": lived, whoever else died
        return INJURED if INJURY_TOLD.search(text, low, high) else WEAK_INJURED
    return DEFAULT_UNHARMED
