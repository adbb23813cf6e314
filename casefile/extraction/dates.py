"""Dates in a sentence ("Jan. 5", "last Tuesday", "2021"), resolved against the day the
article was published."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from casefile.extraction.key_words import key_words
from casefile.extraction.lean_scans import LeanScan
from casefile.extraction.patterns import compile_scan, search_within

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# The months a report writes short with a period before the day ("Nov. 6", "Sept. 3").
SHORT_MONTHS = r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec"
MONTH_NAME = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
# A weekday written next to a month-day ("Friday, Oct. 15") is only its label: the pair is
# one mention, resolved by the month-day.
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NAMED_DATE = (
    rf"\b(?:{_WEEKDAY},?\s+(?:the\s+)?)?(?P<month>{MONTH_NAME})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"
    # The day before the month, as outlets outside the US write it ("on 3 February", "on
    # Monday 16 June 2025", "the 9th of August"); not a count ("10 May-born", "3 Mayors").
    rf"|\b(?:{_WEEKDAY},?\s+(?:the\s+)?)?(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<dmonth>{MONTH_NAME})(?![\w-])(?:,?\s+(?P<dyear>\d{{4}}))?"
    r"|\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\b"
)
_DATE = LeanScan(
    compile_scan(
        _NAMED_DATE + r"|\b(?P<today>today|this morning|this afternoon|tonight|earlier today)\b"
        r"|\b(?P<yesterday>yesterday|last night)\b"
    ),
    # (the last two alternatives, whose first letters are common ones, dropped: their groups
    # kept, never set)
    compile_scan(_NAMED_DATE + r"(?:(?!)(?P<today>)(?P<yesterday>))?"),
    ("today", "this morning", "this afternoon", "tonight", "yesterday", "last night"),
)
# Every date above holds one of these (on the lower-cased sentence; "day" covers weekdays).
_DATE_WORDS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "day",
    "tonight", "this morning", "this afternoon", "last night",
)  # fmt: skip
_DATE_GATE = compile_scan("|".join(_DATE_WORDS))
# The same words as a gate on a `Sentence`, and the number words a count needs.
DATE_KEYS = key_words(*_DATE_WORDS)
# Month-only time expressions ("that January", "in March 2022"): a time, but no day.
MONTH_ONLY = compile_scan(
    rf"\b(?:that|in|last|this|early|late|since)\s+{MONTH_NAME}\b|\b{MONTH_NAME}\s+\d{{4}}\b"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    date: datetime.date | None


# Words just before a date that put it ahead of the report: "is due in court May 2",
# "continued to May 14", "a hearing is scheduled for Monday", "next court date is April 3".
_AHEAD = compile_scan(
    # ("set for", "set to"; not "set fire to", "set out to": a deed, not a date ahead.)
    r"\b(?:will|due|scheduled|set (?!fire\b|out\b|off\b)(?:[\w-]+ ){0,3}?(?:for|to)|slated|"
    r"continued|postponed|"
    r"rescheduled|adjourned|deferred|next(?! to\b| door\b)|upcoming|expected|later this|until|"
    r"(?:is|are) to (?:be|appear|return)|"
    # "remanded in custody to (re)appear at court on Monday" (not "failed to appear Monday")
    r"(?<!failed )(?<!fail )(?<!refused )(?<!not )to (?:(?:re)?appear|return to court|be "
    r"(?:arraigned|sentenced|tried))|"
    # A session told in the present that lies ahead: "Jury selection begins Monday".
    r"begins|starts|resumes|opens|reconvenes|"
    # What a defendant faces or awaits lies ahead: "faces a preliminary hearing on March 9".
    r"faces|facing|awaits|awaiting)\b"
    # ("set for 9 a.m. Friday": the periods of a time of day end no clause.)
    r"(?:\b[ap]\.m\.|[^.;]){0,70}\Z",
    re.I,
)


_NEXT = re.compile(r"\bnext\s+\Z", re.I)
# A session custody waits for, right before its day: "held pending his arraignment on Monday"
# (not "held pending trial since his arrest on Monday").
# (compile_scan: searched at every position, it skips in C to where a match can start)
_PENDING_SESSION = compile_scan(
    r"\bpending\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\w-]+\s+)?(?:arraignment|hearing|trial|"
    r"appearance|sentencing)\s+(?:on\s+|set\s+for\s+|scheduled\s+for\s+)?\Z",
    re.I,
)
_DATELINE = re.compile(r"\s*(?:[—–]|--|\s-\s)")


# How many days a day told as ahead may lie before the report: one written the day before it
# ran, or a report kept up a few days.
_STALE_DAYS = 7


def _month_day(
    month: str, day: int, year: int | None, published: datetime.date | None, ahead: bool
) -> datetime.date | None:
    """A month-day without a year is the last one on or before publication, or the first
    one on or after it when the sentence looks ahead."""
    number = MONTHS[month[:3].lower()]
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            candidate = datetime.date(year, number, day)
        except ValueError:
            return None
        # (a day set a few days back is a report written before it ran, not next year's)
        if ahead and (published - candidate).days > _STALE_DAYS:
            year += 1
        elif not ahead and candidate > published:
            year -= 1
    try:
        return datetime.date(year, number, day)
    except ValueError:
        return None


# A time told of the telling: "police said Thursday", "announced on Monday", "told reporters
# Friday". It dates no event (testimony is one: "told jurors Monday").
# (compile_scan: searched at every position, it skips in C to where a match can start)
TOLD_BEFORE = compile_scan(
    r"\b(?:said|says|announced|confirmed|stated|added|told\s+(?:reporters|the\s+(?:media|press)))"
    r"(?:\s+(?:on|late|early))?\s+\Z",
    re.I,
)


def find_dates(sentence: str, published: datetime.date | None) -> list[DateMention]:
    """Dates in the sentence, resolved against the publication date where relative."""
    return list(dates_in(sentence, published))


# Cached: a sentence recurs, in one article and across the reports of one case (an outlet's
# revisions, syndicated copies), and its dates are read by several fact families.
@lru_cache(maxsize=8192)
def dates_in(sentence: str, published: datetime.date | None) -> tuple[DateMention, ...]:
    """`find_dates` as a tuple, shared by every caller that asks of the same sentence."""
    return tuple(_find_dates(sentence, published))


def _find_dates(sentence: str, published: datetime.date | None) -> list[DateMention]:
    found: list[DateMention] = []
    if not _DATE_GATE.search(sentence.lower()):
        return found
    for match in _DATE.for_text(sentence).finditer(sentence):
        value: datetime.date | None = None
        if _DATELINE.match(sentence, match.end()) and not sentence[: match.start()].strip():
            continue  # "Mar. 22—The suspect ...": when the story was filed, not an event
        if search_within(TOLD_BEFORE, sentence, max(0, match.start() - 40), match.start()):
            continue  # "..., police said Thursday": when it was told, not when it happened
        ahead = bool(
            search_within(_AHEAD, sentence, max(0, match.start() - 90), match.start())
            or _PENDING_SESSION.search(sentence, max(0, match.start() - 60), match.start())
        )
        if match.group("month"):
            year = int(match.group("year")) if match.group("year") else None
            day = int(match.group("day"))
            value = _month_day(match.group("month"), day, year, published, ahead)
        elif match.group("dmonth"):
            year = int(match.group("dyear")) if match.group("dyear") else None
            value = _month_day(
                match.group("dmonth"), int(match.group("dday")), year, published, ahead
            )
        elif published is not None and match.group("weekday"):
            target = WEEKDAYS.index(match.group("weekday").lower())
            if ahead:
                days = (target - published.weekday()) % 7
                # "next Thursday" told on a Thursday is a week on, not the report's own day.
                if not days and _NEXT.search(sentence, max(0, match.start() - 5), match.start()):
                    days = 7
                value = published + datetime.timedelta(days=days)
            else:
                value = published - datetime.timedelta(days=(published.weekday() - target) % 7)
        elif published is not None and match.group("today"):
            value = published
        elif published is not None and match.group("yesterday"):
            value = published - datetime.timedelta(days=1)
        found.append(DateMention(match.start(), match.end(), value))
    return found


def nearest_date(found: Sequence[DateMention], position: int) -> str | None:
    """ISO form of the resolved date among `found` closest to `position`, or None."""
    dates = [d for d in found if d.date is not None]
    if not dates:
        return None
    nearest = min(dates, key=lambda d: min(abs(d.start - position), abs(d.end - position)))
    assert nearest.date is not None
    return nearest.date.isoformat()
