"""Which words say that a court event a sentence names did not, may not or need not take
place: a definition ("An indictment is ..."), a plea not entered, an event denied, waived,
superseded, not set yet or of unknown date, an indictment only expected, the consequence of
an "If ..." clause."""

from __future__ import annotations

import re
from functools import lru_cache

from casefile.extraction.patterns import compile_scan, match_at, search_within

# A sentence that opens "An indictment is ..." or names an event that may happen or belongs
# to another proceeding. Two patterns, the opening one tried only at the start: as one, the
# opening "^\\W*" left `compile_scan` no first characters to skip ahead to.
# ("A hearing is scheduled for April 2" is one: only a definition is none.)
NOT_AN_EVENT_OPENING = re.compile(
    r"\W*(?:(?:An indictment|A hearing|A preliminary hearing|An arraignment) is (?:not|a|an|the|"
    r"when|where|used|meant|required|held to)|"
    # ... and what being charged tells in general: "Being indicted does not mean a defendant
    # is guilty", "A charge is merely an accusation".
    r"(?:Being (?:indicted|charged|arraigned)|An indictment|A charge|An arraignment) "
    r"(?:does not|doesn['’]t|is not|isn['’]t|merely|only|simply|means)\b)",
    re.I,
)
NOT_AN_EVENT = compile_scan(
    r"\b(?:can|could|(?-i:may)|might) (?:request|ask for|seek)\b|"
    r"\bprobation violation hearing\b|\bparole hearing\b|"
    # What a word means, not an event: "denied the charge, the juvenile equivalent of a
    # not-guilty plea".
    r"\bequivalent\s+(?:of|to)\b|"
    # What would have happened: "would have begun if he had rejected the deal", and the
    # condition told by "had" first: "the risk of a life term had a jury convicted him".
    r"\bwould have\b|\bhad (?:a|the) (?:jury|judge) (?:convicted|found|acquitted)\b",
    re.I,
)
# A plea that was not entered: "did not enter a plea".
NO_PLEA = compile_scan(
    r"\b(?:did not|didn['’]t|has not|hasn['’]t|have not|not yet) (?:\w+ )?(?:enter(?:ed)?|"
    r"ma[dk]e)\s+(?:a |any )?pleas?\b|"
    # "entered no plea", "made no plea", as Scottish and British courts report it.
    r"\b(?:enter(?:ed|s)?|ma(?:de|kes?))\s+no\s+pleas?\b|"
    # "Neither entered a plea", "No pleas were entered": no one's plea.
    r"\b(?:neither|none)\b(?:\s+[\w'’-]+){0,4}?\s+(?:entered|made)\s+(?:a |any )?pleas?\b|"
    r"\bno\s+pleas?\s+(?:was|were|has\s+been|have\s+been)\s+entered\b",
    re.I,
)
# Words just before an event that say it did not or may not take place: "has not been
# indicted", "has yet to be arraigned", "No court date", "did not appear", "could be
# arraigned", "failed to appear", "plan to seek an indictment" ("not guilty" is a plea);
# two words at most between, so "did not set bail at his arraignment" keeps the arraignment.
# ("was refused bail to appear before the Local Court today": the appearance stands.)
_NOT_HELD_BEFORE = re.compile(
    r"(?:\b(?:not|never|yet to)\b(?!\s+guilty)|\bno\b(?![- ]contest)|\b(?:could|might|(?-i:may)|"
    r"seek|seeks|seeking|sought)\b|\b(?:refused|declined|failed)\s+to\b)\s+(?:[\w'’-]+\s+){0,2}\Z",
    re.I,
)
# ... and words after it: "court date has not been set", "was canceled", "was not available".
_NOT_HELD_AFTER = re.compile(
    # ("A hearing on whether to try him as an adult has not been scheduled"; not past a new
    # clause: "at a hearing where the judge has not yet ruled").
    # (A period only in an abbreviated month: "scheduled for Jan. 15 was canceled".)
    r"(?:(?!\b(?:where|when|and|but|after|while|which|that|who)\b)(?:[^,;.]|\.(?=\s\d))){0,60}?"
    r"\b(?:(?:has|have|had|was|were|is|are)(?: been)? (?:not|yet to|canceled|"
    r"cancelled|called off|scrapped)|"
    # Not set yet: "when a preliminary hearing will be scheduled", "a change-of-plea hearing
    # could be set for December" (a possibility)
    r"(?:will|would|could|might|(?-i:may)|is to|are to|has yet to|have yet to) be "
    r"(?:scheduled|set))\b",
    re.I,
)
# A session that "had been scheduled" gave way to something else: "had been scheduled for a
# preliminary hearing on Sept. 10" (he failed to appear), "had been set for trial".
_SUPERSEDED_BEFORE = re.compile(
    r"\bhad\s+been\s+(?:scheduled|set|slated|expected|due)\s+(?:to\s+\w+\s+)?(?:for\s+)?"
    r"(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+)?\Z",
    re.I,
)
# A session given up: "waived arraignment", "waived his right to a preliminary hearing".
_WAIVED_BEFORE = re.compile(
    r"\bwaiv(?:e|ed|es|ing)\s+(?:(?:his|her|their|the)\s+)?(?:right\s+to\s+(?:an?\s+)?)?"
    r"(?:(?:preliminary|probable[\s-]+cause|detention|bond|formal|examining|extradition|jury|"
    r"speedy)\s+)?\Z",
    re.I,
)
# A subject that names no one who took part: "Neither man has entered a plea", "None of the
# four has been arraigned" (the auxiliary right before the event, so "Neither defendant spoke
# at the arraignment" keeps it).
_NO_ONE_BEFORE = re.compile(
    r"\b(?:neither|none|no one|nobody)\b(?:\s+[\w'’-]+){0,4}?\s+(?:has|have|had|was|were|is|are)"
    r"(?:\s+(?:yet|ever|been|so far))*\s+\Z",
    re.I,
)
# Whether an event will take place is not known: "It was not clear when he will be arraigned".
_UNKNOWN_WHEN = re.compile(
    r"\b(?:(?:not|n['’]t) (?:immediately |yet )?(?:known|clear|certain|available)|unclear|unknown|"
    r"uncertain) (?:when|whether|if)\b",
    re.I,
)


# ... and inside the words of an event that take in its scheduling ("Sentencing has not been
# scheduled", "a trial date was never set").
_NOT_HELD_WITHIN = re.compile(
    r"\b(?:has|have|had|was|were|is|are)(?: been)? (?:not|never|yet to|canceled|cancelled|"
    r"called off|scrapped)\b(?!\s+guilty)",
    re.I,
)


# A session told only as what custody waits for, with no day: "is being held pending a
# detention hearing", "was held for a bail hearing" ("pending a bond hearing on Tuesday" is
# on the calendar).
_AWAITED_BEFORE = re.compile(
    r"\b(?:pending|awaiting|held\s+for)\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}\Z",
    re.I,
)
_DAY_AFTER = re.compile(
    r"[^,;.]{0,30}?\b(?:on|for|set|scheduled|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|today|tomorrow|tonight|next|this|later|\d)",
    re.I,
)
# A session put off to no day: "Tran's sentencing has been postponed until after the retrial",
# "was postponed indefinitely" (one put off to a day is on the calendar).
# (compile_scan: searched at every position, it skips in C to where a match can start)
_PUT_OFF = compile_scan(
    r"\b(?:postponed|delayed|put off|pushed back|adjourned)\s+(?:indefinitely|until\s+after|"
    r"pending)\b",
    re.I,
)


def _put_off(text: str, start: int, end: int) -> bool:
    found = _PUT_OFF.search(text, start, end + 50)
    return bool(found and not re.search(r"[,;.]", text[end : found.start()]))


# A plea someone says will come, not one entered: "said his client would plead not guilty",
# "intends to plead not guilty", "plans to plead guilty".
_WOULD_PLEAD = re.compile(
    r"\b(?:would|(?:intends?|intended|plans?|planned|planning|wants?|wanted|hopes?|hoped)\s+to)"
    r"\s+(?:\w+\s+)?\Z",
    re.I,
)


# A session told only as a condition: "agreed to testify against him if his case goes to
# trial", "unless the case goes to trial" (not "if convicted, he faces life", read apart).
# No session in particular: "I'll be at every court date", "before any hearing".
_ANY_SESSION_BEFORE = re.compile(r"\b(?:every|any)\s+(?:[\w-]+\s+)?\Z", re.I)
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless)\s+(?:[\w'’-]+\s+){0,5}?\Z", re.I)


def _awaited(text: str, start: int, end: int) -> bool:
    return bool(
        _AWAITED_BEFORE.search(text, max(0, start - 40), start) and not _DAY_AFTER.match(text, end)
    )


def not_held(text: str, match: re.Match[str]) -> bool:
    """Whether `text` says the event at `match` did not or may not take place, or that when
    it will is not known."""
    return _not_held(text, match.start(), match.end())


# Cached: what the words around an event tell of it depends on the sentence alone, and a
# sentence recurs across the reports of one case (revisions, syndicated copies).
@lru_cache(maxsize=16384)
def _not_held(text: str, start: int, end: int) -> bool:
    told = text[start:end].lower()
    # "A not guilty plea was entered": the "not" is the plea's.
    pleaded = told.startswith(("guilty", "contest", "innocent"))
    return bool(
        (not pleaded and search_within(_NOT_HELD_BEFORE, text, max(0, start - 30), start))
        or search_within(_NO_ONE_BEFORE, text, max(0, start - 60), start)
        or search_within(_SUPERSEDED_BEFORE, text, max(0, start - 60), start)
        or _WAIVED_BEFORE.search(text, max(0, start - 50), start)
        or match_at(_NOT_HELD_AFTER, text, end)
        or search_within(_NOT_HELD_WITHIN, text, start, end)
        or search_within(_UNKNOWN_WHEN, text, 0, start)
        or _awaited(text, start, end)
        or _CONDITION_BEFORE.search(text, max(0, start - 50), start) is not None
        or _ANY_SESSION_BEFORE.search(text, max(0, start - 20), start) is not None
        or _put_off(text, start, end)
        or (told.startswith("plead") and _WOULD_PLEAD.search(text, max(0, start - 20), start))
    )


# An indictment that is looked for: a grand jury's decision, not a session on the calendar,
# so "An indictment is expected within 30 days" and "expect to indict" are no event.
_EXPECTED_BEFORE = re.compile(
    r"\b(?:expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|likely|plan(?:s|ned)?|intend(?:s|ed)?)"
    r"\s+(?:to\s+)?(?:(?:be|seek|obtain|return|an|a)\s+){0,2}\Z",
    re.I,
)
_EXPECTED_AFTER = re.compile(
    r"\w*\s+(?:is|are|was|were|remains?)\s+(?:still\s+)?(?:expected|anticipated|likely)\b", re.I
)


def expected_only(text: str, match: re.Match[str]) -> bool:
    """Whether the indictment at `match` is one that is expected, not one returned."""
    return bool(
        _EXPECTED_BEFORE.search(text, max(0, match.start() - 40), match.start())
        or _EXPECTED_AFTER.match(text, match.end())
    )


# What follows the "If ..." clause of a conditional sentence is its consequence: "If he is
# indicted, he would be arraigned in Superior Court" tells of no arraignment. A consequence
# told with "will" is on the calendar ("If a true bill is handed down, he will face
# arraignment on Jan. 15").
# (Lower-case "may": the month "May" is no modal.)
CONSEQUENCE = re.compile(r"\b(?:would|could|might|(?-i:may))\b", re.I)
