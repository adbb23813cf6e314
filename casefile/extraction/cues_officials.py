"""The cues that make an official or a headline's name a suspect: what is done only to
someone accused, said right after the name of an officer, judge or lawyer introduced by his
title ("Officer Bo Tran was indicted"), and a headline's cue without its auxiliary ("Bo Tran
charged in Dayton killing"). The general cues are in `cues.py` and `cues_before.py`."""

from __future__ import annotations

import re

from casefile.extraction.cues import APPOSITIVE, AUX
from casefile.extraction.scan_compile import compile_scan

# What is done only to someone accused, said right after a name: an officer, judge or lawyer
# named by his title is a suspect when he "was indicted" or "pleaded guilty" (not when he
# "found him guilty" or "shot the man", which he may do in his office).
_CHARGED_VERB = (
    # ("Deputy Ann Lee, who shot an unarmed man, was acquitted": a verdict or a sentence is
    # only ever a defendant's)
    r"(?:charged|arrested|re-?arrested|indicted|convicted|acquitted|sentenced|booked|jailed|"
    r"taken into custody|placed under arrest|accused of|found (?:not\s+)?guilty|"
    # ("Both were remanded to the custody of the U.S. Marshals": held by a court)
    r"remanded (?:in|into|to) (?:the )?custody)"
)
# (compile_scan: searched at every position, it skips in C to where a match can start)
CHARGED_ITSELF = compile_scan(
    r"\A"
    + APPOSITIVE
    + r"\s+(?:(?:"
    + AUX
    # A passive, told by a verb of being ("was sentenced", "has since been charged"; not
    # "Judge Bo Tran then sentenced her", what a judge does)
    + r"\s+)*(?:is|was|were|are|be|been|being|got|gets|get|getting)\s+(?:"
    + AUX
    # "was fired and charged": a second participle after the auxiliary.
    + r"\s+)*(?:[a-z]+ed\s+and\s+)?"
    + _CHARGED_VERB
    # "Sgt. Bo Tran and Officer Ann Lee were indicted": one of a pair charged together.
    + r"|and\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:were|have\s+been|are|had\s+been)\s+(?:\w+\s+)?"
    + _CHARGED_VERB
    + r"|(?:"
    + AUX
    + r"\s+)*(?:pleaded|pled|faces?\s+(?:[\w-]+\s+){0,3}?charges?|surrendered|"
    # "He faces life in prison", "faces up to 20 years", "faces trial".
    r"faces?\s+(?:life|up\s+to|trial|a\s+(?:maximum|minimum|possible)|\d+\s+years?|"
    r"(?:[\w-]+\s+){1,2}years?\s+in\s+prison)|"
    r"turned (?:himself|herself) in))\b",
    re.IGNORECASE,
)
# A headline drops the auxiliary: "Bo Tran charged in Dayton killing", "Bo Tran, 30, arrested
# after chase" (not "Ann Lee sentenced the man", whose object follows).
HEADLINE_CUE = re.compile(
    r"(?:,\s*\d{1,3},?)?\s+(?:(?:now|also|again)\s+)?(?:charged|arrested|indicted|sentenced|"
    r"convicted|accused|booked|jailed|held|captured|extradited|acquitted|detained|nabbed|"
    r"pleads?|admits|faces)\b(?=\s*(?:$|[,:;—–-]|(?:in|on|for|after|with|at|over|by|following|"
    r"from|into|to|without|guilty|not|as|of)\b))",
    re.IGNORECASE,
)
