"""Which key words gate each wording of an unnamed victim (a sentence without them cannot
match it, so it is not searched), and how the victim a wording finds relates to those found
before: a new one, one that may be told again, or a reference back. The wordings themselves
are in victim_phrases.py; victim_unnamed.py reads sentences through this table.
"""

from __future__ import annotations

import re

from casefile.extraction.key_words import GateTable, key_words
from casefile.extraction.victim_kin import KIN_BESIDE_NAME, KIN_GATE
from casefile.extraction.victim_phrases import (
    AGED_ROLE,
    BODY_OF,
    DEFINITE_INJURED,
    DEFINITE_VICTIM,
    FIRED_AT,
    FOUND,
    FRAUD,
    INDEFINITE_VICTIM,
    LEFT_VICTIM,
    MISSED,
    MONEY_LOST,
    STRUCK,
    SUFFERING,
    THE_VICTIM_WAS,
    VERBLESS,
    VICTIM_OBJECT,
)
from casefile.extraction.victim_pronoun_harm import (
    HARM_VERBS_AFTER,
    HARMED_AFTER,
    HELD,
    POSSESSED_HARMED_AFTER,
)
from casefile.extraction.victim_roles import ROLE
from casefile.extraction.victim_verbless import VERBLESS_GATE
from casefile.extraction.victim_wording import FRAUD_GATE, MONEY_LOST_GATE, aged_role_gate

PASSIVE_WORDS = (
    "shot kill dead injur wound hurt stabb robbed assaulted raped kidnapped abducted beaten "
    "struck hit unharmed uninjured unhurt died deceased condition cut slashed escaped grabbed snatched "
    "punched kicked choked pistol-whipped airlifted flown rushed taken transported brought coma left "
    "attacked bitten mauled tied bound held pushed shoved knocked thrown dragged succumbed lost "
    "gunned down bludgeon unresponsive paralyzed coma"
)
OBJECT_WORDS = (
    "shot shoot kill injur wound graz fatal murder death slay stab beat rap assault kidnap abduct "
    "robb attack struck strik hit abus tortur carjack molest whipp punch slash chok shak shook kick "
    "stalk harass track menac terror threat glass drown smother suffocat strangl poison cut "
    "fractur break broke scald burn demand"
)
DEFINITE_GATE = key_words(
    "shot", "kill", "dead", "injur", "wound", "hurt", "stabb", "not hit", "unharm", "hospital",
    "medical center", "trauma center", "burn", "condition", "died", "beaten", "punch", "whipp",
    "chok", "strangl", "assault", "raped", "fractur", "bruis", "pushed", "shoved", "knocked",
    "thrown", "dragged", "safe", "rescued", "safely", "broken", "struck", "kicked", "slashed",
    "treated", "hit in", "hit on", "hit across", "remain", "cut in", "cut on", "cut across",
)  # fmt: skip
# Key words without which a sentence cannot match the patterns listed with them.
GATED_PATTERNS = [
    (
        key_words(
            *PASSIVE_WORDS.split(),
            "treated for",
            "hospitali",
            "burned",
            "grazed",
            "suffered",
            "threatened with",
            "threatened by",
            "gunpoint",  # "was pulled from her SUV at gunpoint"
            "knifepoint",
        ),
        INDEFINITE_VICTIM,
    ),
    (
        key_words(
            *OBJECT_WORDS.split(), "ran over", "run over", "running over", "held up", "holding up"
        ),
        VICTIM_OBJECT,
    ),
    (
        DEFINITE_GATE,
        DEFINITE_VICTIM,
    ),
    (key_words("left", "sent", "put", "landed"), LEFT_VICTIM),
    (key_words("suffering"), SUFFERING),
    (VERBLESS_GATE, VERBLESS),
    (key_words("suffered", "sustained", "received", "treated for"), DEFINITE_INJURED),
    (key_words("missing the"), MISSED),
    (
        key_words(
            "fired",
            "shot at",
            "shooting at",
            "firing",
            "exchang",
            "pointed",
            "pointing",
            "aimed",
            "aiming",
        ),
        FIRED_AT,
    ),
    (key_words("struck", "hit", "grazed", "missed"), STRUCK),
    (key_words("found a", "located a", "discovered a", "pronounced"), FOUND),
    (FRAUD_GATE, FRAUD),
    (MONEY_LOST_GATE, MONEY_LOST),
    (aged_role_gate(ROLE), AGED_ROLE),
    (
        key_words("victim,", "victims,", "victim was", "victims were", "victim is", "victims are"),
        THE_VICTIM_WAS,
    ),
    (key_words("body of", "bodies of", "remains of"), BODY_OF),
    (
        key_words(
            *(f"{verb} {pronoun}" for verb in HARM_VERBS_AFTER for pronoun in ("her", "him")),
            "at her",
            "at him",
            "to her",
            "to him",
            "against her",
            "against him",
        ),
        HARMED_AFTER,
    ),
    (key_words("'s", "’s"), POSSESSED_HARMED_AFTER),
    (key_words("hostage", "captive", "gunpoint", "knifepoint"), HELD),
    (KIN_GATE, KIN_BESIDE_NAME),
]
GATE_TABLE = GateTable(GATED_PATTERNS)
# How a pattern's victim relates to those found before: a new one (two victims of a double
# homicide), one that may be an earlier one introduced again ("wounded a woman" ... "a
# 34-year-old woman suffering a gunshot"), or a reference back ("the officer suffered").
NEW, AGAIN, BACK = "new", "again", "back"
MODES = {
    INDEFINITE_VICTIM: AGAIN,
    VICTIM_OBJECT: AGAIN,
    DEFINITE_VICTIM: BACK,
    LEFT_VICTIM: AGAIN,
    SUFFERING: AGAIN,
    VERBLESS: AGAIN,
    DEFINITE_INJURED: BACK,
    MISSED: BACK,
    FIRED_AT: AGAIN,
    STRUCK: AGAIN,
    FOUND: AGAIN,
    FRAUD: AGAIN,
    MONEY_LOST: AGAIN,
    AGED_ROLE: BACK,
    # "The victim, a 52-year-old woman, ...": the victim the sentence (or one before) told of.
    THE_VICTIM_WAS: BACK,
    BODY_OF: AGAIN,
    HARMED_AFTER: AGAIN,
    POSSESSED_HARMED_AFTER: AGAIN,
    HELD: AGAIN,
    KIN_BESIDE_NAME: AGAIN,
}
# Looked up by the pattern's id: a compiled pattern's hash is worked out from its whole compiled
# code on every call (some 30 µs for one of these long patterns, asked for each victim told).
_MODE_BY_ID = {id(pattern): mode for pattern, mode in MODES.items()}


def mode_of(pattern: re.Pattern[str]) -> str:
    """`MODES[pattern]`, without hashing the pattern."""
    return _MODE_BY_ID[id(pattern)]
