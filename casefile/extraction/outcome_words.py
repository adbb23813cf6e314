"""Outcome words: what a word of harm tells of the one it is said of, killed, injured or
unharmed (`outcome_of`: "shot dead" kills, "wounded" hurts, "threatened to kill", "kidnapped"
and "not hurt" leave unharmed), the words near a count or a sentence that tell a death or a
wound (`KILLED_NEAR`, not "attempted murder"; `INJURED_NEAR`), and harm named by a noun, which
does not tell whether the one harmed lived (`HARM_NOUN`: "the shooting of a man"). Read by
extraction/victim_counts.py, victim_unnamed.py, victim_misreadings.py, victim_context.py,
victim_lists.py and link_fallback.py."""

from __future__ import annotations

import re
from functools import lru_cache

from casefile.extraction.patterns import compile_scan

# (Not an attempt: "charged with attempted murder" tells that no one died of it.)
KILLED_NEAR = compile_scan(
    r"\b(?<!attempted )(?<!attempted-)(?<!attempted first-degree )(?<!attempted second-degree )(?:killing|killed|death|deaths|murder(?:s|ed)?|slaying|slayings|slain|homicides?|"
    r"died|die|dead|fatal(?:ly)?|deadly|shooting death|shot to death)\b",
    re.I,
)
INJURED_NEAR = compile_scan(
    r"\b(?:wounded|wounding|injured|injuries|hurt|survived|survive|hospitali[sz]ed|cuts|abrasions|"
    r"gunshot wounds?|shot in the|stable condition)\b",
    re.I,
)
# Harm named by a noun, which does not say whether the person lived: "the shooting of a man" is
# the killing in a story of a killing.
HARM_NOUN = re.compile(r"shooting|stabbing|beating|attack|assault|striking|hitting")

_NOT_HARMED = re.compile(r"\bnot\b|unharmed|uninjured|unhurt|escaped|\bsafe\b", re.I)
_KILLED_WORD = re.compile(
    r"kill|dead|fatal|died|murder|execut|death|slay|bodies|remains|succumb|lost (?:his|her) life|"
    r"gunned|unresponsive",
    re.I,
)
_TAKEN_WORD = re.compile(
    # not "life-threatening injuries": a wound's degree
    r"kidnap|abduct|rob|held up|holding up|carjack|demand|"
    # a weapon held to someone: "pressed a gun to her"
    r"(?:gun|pistol|revolver|rifle|shotgun|knife|blade|machete|weapon|firearm) (?:to|against)$|found(?! with| suffering)|(?<!life-)threat|point|"
    r"aim|stalk|"
    r"harass|track|"
    r"grabb|snatch|follow|hostage|captive|gunpoint|knifepoint|tied up|"
    # shots told without a hit: "shot at", "firing at", "fired four rounds at"
    r"(?:shot|shooting|fired|firing)(?: [\w-]+){0,4}? (?:at|on)$|(?:shot|shooting|fired|firing) (?:at|on)\b|"
    r"missed|"
    r"\bbound\b|"
    r"menac|terrori",
    re.I,
)
_THREAT = re.compile(r"threaten", re.I)


# Cached: read for every victim wording found, and the wordings are few ("shot", "killed").
@lru_cache(maxsize=1024)
def outcome_of(what: str) -> str:
    # "threatened to kill": a target, whatever harm the threat named
    if _NOT_HARMED.search(what) or _THREAT.match(what):
        return "unharmed"
    if _KILLED_WORD.search(what):
        return "killed"
    if _TAKEN_WORD.search(what):
        return "unharmed"
    return "injured"
