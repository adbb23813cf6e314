"""The times a sentence states, each as the stretch of days it may mean: its resolved dates,
and coarser times ("in 2015", "in June", "last year", "last summer", "two years ago", "since
March", which runs up to the report). Read by earlier.py, which dates the events of a sentence
by them.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from casefile.extraction.dates import DateMention
from casefile.extraction.key_words import key_words
from casefile.extraction.patterns import compile_scan, matches_in

_MONTHS = tuple(name.lower() for name in calendar.month_name[1:])  # "january", ...
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_YEAR = r"(?:19[4-9]\d|20[0-4]\d)"
_NUMBER_WORDS = ("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# Times coarser than a day: "in 2015", "in June", "in June 2024", "last year", "two years ago".
_TIME = compile_scan(
    rf"(?P<month>{_MONTH})(?:,?\s+(?P<month_year>{_YEAR}))?(?![\w-]|\s+\d)|"
    rf"(?<![\w$,.-])(?P<year>{_YEAR})(?![\w-]|[.,]\d)|"
    r"\b[Ll]ast (?P<last>year|month)\b|"
    r"\b[Ll]ast (?P<season>spring|summer|fall|autumn|winter)\b|"
    r"\b(?P<ago>years?\s+ago)\b"
)
# A month alone is a time after a preposition ("in June", "since early March"), not in "May
# Smith" or "may face"; one with its year needs none before the legal noun it dates ("over an
# October 2023 arrest", "his March 2019 conviction").
_MONTH_AFTER = re.compile(
    r"\b(?:in|during|since|by|from|of|early|late|mid)[\s-]+(?:(?:early|late|mid)[\s-]+)?\Z", re.I
)
_LEGAL_NOUN_AFTER = re.compile(
    r"\s+(?:arrests?|convictions?|charges?|pleas?|sentences?|indictments?|trials?)\b", re.I
)
# A year that ends a law's name: "the Criminal Justice Act 1984", "the Firearms Order 2004".
_LAW_BEFORE = re.compile(r"\b(?-i:Act|Acts|Order|Regulations|Rules|Code)\s+\Z")
_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?\Z", re.I)
# How many years ago: "two years ago", "a year ago".
_AGO_COUNT = re.compile(
    r"\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+\Z", re.I
)
_WITH_YEAR = re.compile(r"\d{4}")
# Every coarse time above holds one of these (lower case).
TIME_GATE = key_words(
    "19", "20", *_MONTHS, "jan.", "feb.", "aug.", "sept", "oct.", "nov.", "dec.", "last year",
    "last month", " ago", "last spring", "last summer", "last fall", "last autumn", "last winter",
)  # fmt: skip


@dataclass(frozen=True)
class Time:
    """A stretch of a sentence that dates something, and the days it may mean."""

    start: int
    end: int
    first: datetime.date
    last: datetime.date
    # Stated with its year or coarser ("in 2015", "in June", "Oct. 3, 2019"): a day without
    # a year is placed near publication, and may be a year off when it looks ahead unsaid.
    sure: bool = True


def times_in(
    text: str, dates: Sequence[DateMention], published: datetime.date | None, coarse: bool = True
) -> list[Time]:
    """The times `text` states: its resolved dates (`dates`) and, unless `coarse` is False
    (it holds none of `TIME_GATE`), the coarser ones above."""
    found = [
        Time(d.start, d.end, d.date, d.date, bool(_WITH_YEAR.search(text, d.start, d.end)))
        for d in dates
        if d.date is not None
    ]
    if not coarse:
        return found
    taken = [(d.start, d.end) for d in dates]
    for match in matches_in(_TIME, text):
        start = match.start()
        if any(a <= start < b or a < match.end() <= b for a, b in taken):
            continue  # the year of "Nov. 2, 2023", already a date
        before = text[max(0, start - 20) : start]
        if match.group("month"):
            preposition = _MONTH_AFTER.search(before)
            if preposition is not None:
                start -= len(before) - preposition.start()
            elif not (match.group("month_year") and _LEGAL_NOUN_AFTER.match(text, match.end())):
                continue  # none before a legal noun it dates: "an October 2023 arrest"
        if match.group("year") and _LAW_BEFORE.search(before):
            continue  # "under Section 4 of the Criminal Justice Act 1984": a law's name
        count = None
        if match.group("ago"):
            counted = _AGO_COUNT.search(before)
            if counted is None:
                continue
            count, start = counted.group(1), start - (len(before) - counted.start())
        span = _span(match, published, count)
        if span is not None and published is not None and _SINCE.search(before):
            # "a series of robberies since March": a stretch that runs up to the report
            span = (span[0], max(span[1], published), *span[2:])
        if span is not None:
            found.append(Time(start, match.end(), *span))
    return sorted(found, key=lambda t: t.start)


def _span(
    match: re.Match[str], published: datetime.date | None, ago: str | None
) -> tuple[datetime.date, datetime.date] | None:
    if match.group("year"):
        year = int(match.group("year"))
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if published is None:
        return None
    if match.group("month"):
        month = _month_number(match.group("month"))
        if match.group("month_year"):
            year = int(match.group("month_year"))
        else:  # the last such month on or before publication
            year = published.year if month <= published.month else published.year - 1
        return datetime.date(year, month, 1), _month_end(year, month)
    if match.group("season"):
        return _last_season(match.group("season"), published)
    if match.group("last") == "year":
        year = published.year - 1
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if match.group("last") == "month":
        year, month = (
            (published.year, published.month - 1)
            if published.month > 1
            else (
                published.year - 1,
                12,
            )
        )
        return datetime.date(year, month, 1), _month_end(year, month)
    ago = (ago or "a").lower()
    count = int(ago) if ago.isdigit() else _NUMBER_WORDS.index(ago) or 1
    year = published.year - count
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def _last_season(season: str, published: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The last `season` (three months) that ended before `published`."""
    month = _SEASON_START[season]
    for year in (published.year, published.year - 1, published.year - 2):
        first = datetime.date(year, month, 1)
        end_year, end_month = (year + 1, 2) if month == 12 else (year, month + 2)
        last = _month_end(end_year, end_month)
        if last < published:
            return first, last
    raise AssertionError("a season ends within two years")  # pragma: no cover


def _month_number(word: str) -> int:
    stem = word.lower().rstrip(".")[:3]
    return next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(stem))


def _month_end(year: int, month: int) -> datetime.date:
    following = datetime.date(year + (month == 12), month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)
