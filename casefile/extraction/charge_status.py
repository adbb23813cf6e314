"""The status a charge cue gives its list, read from what the sentence says around it: an
outcome told after the list ("reduced to manslaughter, to which he pleaded guilty"; "charges
of X and Y were dropped"; "is no longer charged with"), a filing still to come ("police plan
to charge", "will be charged", "charges are pending", "once he is released from the
hospital"), and the list a count and a colon introduce ("three felony counts: A, B and C")."""

from __future__ import annotations

import re
from functools import lru_cache

from casefile.extraction.charge_cue_parts import ASKED_TO
from casefile.extraction.lean_scans import lean_alternatives
from casefile.extraction.patterns import first_in, prefix_match
from casefile.extraction.sentences import Sentence

# "a new charge may be added".
_EXPECTED_CONTEXT = lean_alternatives(
    # an indictment still to be sought: "would seek an indictment against him on charges of"
    # (not a plea "to an indictment charging him with")
    r"\b(?:(?:will|would|to|plans?\s+to|intends?\s+to)\s+(?:\w+\s+)?(?:seek|obtain|pursue|"
    r"request|present\s+(?:the\s+case\s+)?(?:to\s+a\s+grand\s+jury\s+)?for)|seeking|seeks)\s+"
    r"an?\s+indictment\b|"
    r"\b(?:expects?|expected|plans?|planned|planning|to be|"
    # "would likely be upgraded", "will soon be charged"
    r"(?:will|would|could|may|might)\s+(?:likely\s+|probably\s+|soon\s+|also\s+)?be)\s+(?:to\s+)?(?:see\s+[^.;]{0,30}?\s+)?(?:formally\s+)?"
    r"(?:charged|added|filed|brought|booked|upgraded|elevated|amended|presented|forwarded|submitted|referred|sought)\b|\b(?:possible|potential)\s+(?:\w+\s+)?charges?\b|\b(?:expected|likely|expects?|plans?|planning)\s+to\s+"
    r"(?:face|file|bring|seek|present|take)\b|\b(?:will|would|could|may|might)\s+(?:likely\s+|also\s+)?face\b"
    # (not the trial or the penalty a filed charge brings: "could face life in prison",
    # "will face trial in May")
    r"(?!\s+(?:(?:a|an|the)\s+)?(?:(?:possible|maximum|minimum|mandatory|potential)\s+)*"
    r"(?:trial|retrial|judge|jury|sentencing|hearing|death\b|life\b|up\s+to|\d|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|years?\b|decades?\b|"
    r"prison|jail|time\b|penalt|punishment|sentence|deportation|fines?\b))|"
    # a charge police ask for: "will ask prosecutors to charge", "recommend that prosecutors
    # charge"
    rf"{ASKED_TO}(?:(?:authorize|approve|file|bring)\s+(?:\w+\s+)?)?charges?\b|"
    # charges police put to prosecutors: "recommended charges of", "will present charges"
    r"\b(?:recommend(?:ed|s|ing)?|present(?:ed|s|ing)?|forward(?:ed|s|ing)?|refer(?:red|s|ring)?|"
    r"submit(?:ted|s|ting)?)\s+(?:\w+\s+)?charges?\b|"
    # charges said to be still to come: "charges are expected to include", "charges are
    # pending", "held pending charges of", "once he is released from the hospital"
    # (not "charged with X, and more charges are expected": those are other charges)
    r"(?<!additional )(?<!more )(?<!further )(?<!other )(?<!new )"
    r"\bcharges?\b[^.;]{0,40}?\b(?:are|is|remain)\s+(?:still\s+)?(?:expected|anticipated|likely|"
    r"pending)\b|\b(?:held|jailed|detained|custody|released)\s+pending\s+(?:formal\s+)?charges?\b|"
    # a warrant still to be sought: "detectives will seek a warrant charging her with arson"
    r"\b(?:will|would|to|plans?\s+to|intends?\s+to|seeking|seeks)\s+(?:seek\s+|request\s+|obtain\s+)?"
    r"(?:an?\s+)?(?:arrest\s+)?warrants?\b|"
    r"\b(?:once|when|after)\s+(?:he|she|they)\s+(?:is|are)\s+(?:released|discharged)\b",
    re.I,
)
# A charge no longer held: "is no longer charged with murder".
_NO_LONGER = re.compile(r"\bno longer\s+(?:\w+\s+)?$", re.I)
# What is said of a list after it: "charges of X and Y were dropped".
_DROPPED_AFTER = re.compile(
    r"^[^.;]{0,160}?\b(?:was|were|being|been|are|is|will be)\s+(?:later\s+|since\s+|\w+ly\s+)?"
    # ("were not proceeded with", as an Irish or British prosecution drops a count)
    r"(?:dropped|dismissed|withdrawn|thrown out|stayed|nolle pros(?:s|equi)?(?:ed)?|"
    r"not\s+proceeded\s+with)\b",
    re.I,
)
# What the defendant had done to his own charges: "had his charge of burglary dropped".
_HAD_OWN = re.compile(r"\bhad\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?\Z", re.I)
_DROPPED_BARE = re.compile(
    r"^[^.;]{0,120}?\s(?:dropped|dismissed|withdrawn|thrown out|tossed)\b", re.I
)
# A plea to the paper that charges: "pleaded guilty to a one-count information charging him
# with", "pleaded guilty to an indictment that charged her with".
_PLEADED_TO_FILING = re.compile(
    r"\b(?:pleaded|pled|pleads|pleading)\s+(?:guilty|no\s+contest)\s+(?:\w+\s+)?to\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:information|indictment|complaint|bill\s+of\s+information)\s+"
    r"(?:that\s+)?\Z",
    re.I,
)
# "Charges of X and Y are expected": the list is the subject of its expectation.
_EXPECTED_SUBJECT = re.compile(
    # ("Charges of X are being sought against Bo Tran": put to prosecutors, not yet filed)
    r"^charges?(?:\s+of|,?\s*including)\s+[^.;]{1,160}?,?\s+(?:are|is)\s+(?:expected|likely|"
    r"planned|anticipated|pending|being\s+sought)\b",
    re.I,
)
# "guilty of three felony counts: A, B and C": the list follows the colon, or a dash ("all
# three counts — A, B and C — involving a second complainant"), also when told as the ones
# the defendant faced ("convicted on all four counts he faced: A, B, C and D").
_COUNTS_COLON = re.compile(
    # (or by no noun: "accuses Bo Tran of the following: murder; arson, two counts")
    r"^\s*the\s+following\s*:\s*|"
    r"^[^.;:—–]{0,40}?\b(?:counts?|charges?|offenses?|offences?|crimes?|felony|felonies|"
    r"misdemeanors?)(?:\s+(?:that\s+)?(?:he|she|they)\s+(?:had\s+|was\s+|were\s+)?"
    r"(?:faced|facing|faces|face))?(?:\s+against\s+(?:him|her|them|(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+))?(?:\s*:|\s+[—–]|\s+--?(?=\s))\s*"
)


# The outcome a relative clause after the list gives it: "reduced to manslaughter, to which
# he pleaded guilty", "a charge of murder, which a judge dismissed".
_OUTCOME_AFTER = re.compile(
    r"^[^.;]{0,120}?,\s+(?:(?P<plea>(?:to|of|on)\s+which\s+(?:he|she|they|[A-Z][\w'-]+)\s+"
    r"(?:\w+ly\s+|later\s+)?(?:pleaded|pled)\s+(?:guilty|no contest)|(?:of|on)\s+which\s+"
    r"(?:he|she|they|[A-Z][\w'-]+)\s+(?:was|were)\s+(?:\w+ly\s+|later\s+)?(?:convicted|found guilty))"
    r"|(?P<acquitted>(?:of|on)\s+which\s+(?:he|she|they|[A-Z][\w'-]+)\s+(?:was|were)\s+"
    r"(?:\w+ly\s+|later\s+)?(?:acquitted|found not guilty))|(?P<dropped>which\s+[^.;,]{0,40}?\b"
    # (a charge replaced by another: "second-degree murder, which was later reduced to")
    r"(?:dropped|dismissed|withdrew|tossed|threw out|(?:reduced|downgraded|amended|upgraded)"
    r"\s+to)))\b"
)
_AFTER_STATUS = {"plea": "convicted", "acquitted": "acquitted", "dropped": "dropped"}


def status_of(sentence: Sentence, cue_status: str, rest: str, opening: str = "") -> str:
    """The status a cue gives its list in `sentence`: `rest` is the text from the list on,
    `opening` the text from the cue on."""
    if cue_status != "filed":
        return cue_status
    return _filed_status(sentence.text, rest, len(opening))


# Cached: the status follows from the sentence's words alone, and a sentence recurs across the
# reports of one case (revisions, syndicated copies).
@lru_cache(maxsize=8192)
def _filed_status(text: str, rest: str, cue_length: int) -> str:
    """`status_of` a cue of filed charges that starts `cue_length` characters from the end of
    `text` (0: not known)."""
    after = prefix_match(_OUTCOME_AFTER, rest)
    if after:
        return _AFTER_STATUS[after.lastgroup or "plea"]
    cue = len(text) - cue_length
    opening = text[cue:] if cue_length else ""
    before = text[:cue] if cue_length else ""
    if first_in(_DROPPED_AFTER, rest) or _NO_LONGER.search(before[-40:]):
        return "dropped"
    if _HAD_OWN.search(before[-40:]) and _DROPPED_BARE.match(rest):
        return "dropped"  # "had his charge of burglary dropped in October"
    if _PLEADED_TO_FILING.search(before[-120:]):
        return "convicted"
    if _expected_in_its_clause(text, cue) or _EXPECTED_SUBJECT.search(opening):
        return "expected"
    return "filed"


# Where a clause about something else begins: "charged with murder, and a weapons charge is
# pending", "charged with assault; prosecutors said it could be upgraded".
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|although)\s+|;\s+")


def _expected_in_its_clause(text: str, cue: int) -> bool:
    """Whether `text` says a charge is still to come in the clause of the cue at `cue` (or
    before it): a later clause's expectation is of other charges."""
    found = first_in(_EXPECTED_CONTEXT, text)  # gated by its words, kept for a repeat
    if found is None:
        return False
    if found.start() <= cue:
        return True
    return _NEXT_CLAUSE.search(text, cue, found.start()) is None


def after_colon(rest: str) -> tuple[str, bool]:
    """The list after a count and a colon ("three felony counts: A, B and C"), else `rest`;
    and whether it was so introduced."""
    found = prefix_match(_COUNTS_COLON, rest)
    return (rest[found.end() :], True) if found else (rest, False)


def same_as(told: list[tuple[int, str]], start: int, before: str | None) -> str | None:
    """The status of the outcome a stand-in verb at `start` tells again ("did the same on
    counts of theft"): the last one its sentence told before it (`told`: where each outcome
    read ends, with its status), else the one the sentence before told (`before`)."""
    earlier = [(end, status) for end, status in told if end <= start]
    return max(earlier)[1] if earlier else before
