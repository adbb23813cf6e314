"""Which years an event of this case may be told in.

A report dates the case's own crime ("the 2021 killing", "on Oct. 3, 2021") and tells earlier
matters by their year ("was convicted of menacing in 2019"). `earliest_case_year` gives the
earliest year an event of this case may be told in; court dates, bonds, arrests and
punishments told in a year before it are of an earlier matter. `IN_YEAR` reads the year an
event is told in.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from casefile.extraction.harm_words import HURT, KILL
from casefile.extraction.patterns import compile_scan

# A year well before the report that the event is told in: "was convicted of menacing in 2019
# and sentenced to 30 days", "In 2015, he pleaded guilty to ..." (see `court.py`); a month
# with it ("in March 2022") is the detail a report gives the case's own events.
IN_YEAR = re.compile(
    r"(?:\A\W*|\b)[Ii]n\s+(?:(?:early|late|mid-?)\s*)?(?P<year>(?:19|20)\d\d)\b"
    r"(?!\s*[-–—]?\s*(?:[a-z]+\s+)?(?:killing|shooting|slaying|death|murder|case|crash|attack|"
    r"robbery|stabbing|fire|incident|investigation))"
)
# Years the report gives the case's own crime or full dates ("the 2021 killing", "on Oct. 3,
# 2021"), unlike "in 2019" or "in March 2019", which may date another matter.
# (compile_scan: searched at every position, it skips in C to where a match can start)
_CASE_YEAR = compile_scan(
    # (Not "in 2018 for assault": a preposition after the year dates something else.)
    r"\b(?P<named>(?:19|20)\d\d)\s+(?:(?!for\b|in\b|on\b|of\b|at\b|after\b|with\b|by\b)[a-z-]+\s+)?"
    r"(?:killing|shooting|slaying|death|murder|"
    r"stabbing|crash|attack|robbery|fire|assault|disappearance|kidnapping|homicide|carjacking)s?\b|"
    r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?P<dated>(?:19|20)\d\d)\b"
)
# ... and the harm itself dated: "who shot and killed a man outside a bar in 2024" (the harm
# word within the clause before "in <year>").
# (compile_scan: searched at every position, it skips in C to where a match can start)
_IN_A_YEAR = compile_scan(r"\bin\s+((?:19|20)\d\d)\b", re.I)
_HARM_WORD = re.compile(rf"\b(?:{KILL}|{HURT})\b")
_CLAUSE_END = re.compile(r"[.;,]")
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")  # what every year `_CASE_YEAR` and `_IN_A_YEAR` read is


@lru_cache(maxsize=256)
def earliest_case_year(text: str, published: datetime.date | None) -> int | None:
    """The earliest year an event of this case may be told in: the year before the report,
    or an earlier year the report gives its crime or its dated events. An event told in a
    year before it is of an earlier matter ("was convicted of menacing in 2019"); one told
    after the crime is the case's ("pleaded guilty in 2022" to a 2021 killing)."""
    if published is None:
        return None
    if not _ANY_YEAR.search(text):
        # Both patterns need a year: one quick read of a text without any spares reading it
        # with each (they try a long pattern at every word of the whole article).
        return published.year - 1
    years = [int(m.group("named") or m.group("dated")) for m in _CASE_YEAR.finditer(text)]
    for match in _IN_A_YEAR.finditer(text):
        start = max(0, match.start() - 80)
        ends = [m.end() for m in _CLAUSE_END.finditer(text, start, match.start())]
        if _HARM_WORD.search(text, ends[-1] if ends else start, match.start()):
            years.append(int(match.group(1)))
    return min([published.year - 1, *(y for y in years if y <= published.year)])
