"""A relative harmed beside a named victim: "Ann Lee, 43, and her 12-year-old son were struck",
"Bo Tran and his wife were shot". The named one is read by victim_names.py; the relative, told
only by whose relative he is, by extraction/victim_unnamed.py through the gate table of
victim_phrases.py."""

from __future__ import annotations

from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan
from casefile.extraction.victim_roles import AGE_WORD, ROLE, YOUNG_OR_OLD

KIN_BESIDE_NAME = compile_scan(
    # the named one, with her age between commas (a name's capital, not a sentence's "Police")
    r"\b(?-i:[A-Z])[\w'’-]+(?:,\s+\d{1,3},)?\s+and\s+(?:his|her|their)\s+"
    rf"(?P<desc>(?:{AGE_WORD}\s+)?(?:{YOUNG_OR_OLD}\s+)?{ROLE})\s+"
    r"(?:were|have\s+been|had\s+been)\s+(?:(?:also|both|badly|seriously|critically|severely)\s+)?"
    r"(?P<what>shot|stabbed|struck|hit|injured|wounded|hurt|beaten|attacked|assaulted|"
    r"hospitali[sz]ed|run\s+over|burned)\b"
)
KIN_GATE = key_words(" and his ", " and her ", " and their ")
