"""The reported axis: when the public could first know a fact (the article's publication time).

One rule for publication and `--as-of` times, used everywhere, in the store's time zone
(see "Time zone" in the concepts page):

* a publication time given as a date only counts from the first moment of that day, 00:00 in
  the store's time zone, so the article is known at any time on that date there;
* an `--as-of` given as a date only means the end of that day (23:59:59.999999 in the store's
  time zone), so "as of 26 Oct" includes everything published on 26 Oct;
* a time of day without an offset is read in the store's time zone;
* a time with an offset (or `Z`) is that exact instant, whatever the zone.

All stored times are timezone-aware UTC instants; the raw value as given is kept beside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class InvalidTime(ValueError):
    """A publication or as-of time that cannot be read."""


@dataclass(frozen=True)
class ReportedTime:
    """An article's publication time as given, with the instant it stands for."""

    raw: str
    at: datetime
    date_only: bool
    estimated: bool = False

    @classmethod
    def parse(
        cls, raw: str | date | datetime, *, estimated: bool = False, zone: tzinfo = UTC
    ) -> ReportedTime:
        """`zone` reads a date alone (its first moment) and a time without an offset."""
        text = raw.isoformat() if isinstance(raw, date | datetime) else str(raw).strip()
        if _DATE_ONLY.match(text):
            day = _parse_date(text)
            return cls(text, _start_of(day, zone), True, estimated)
        return cls(text, _parse_datetime(text, zone), False, estimated)

    @property
    def local_date(self) -> date:
        """The calendar date the outlet printed: the one relative dates are read against."""
        if self.date_only:
            return date.fromisoformat(self.raw)
        return datetime.fromisoformat(self.raw.replace("Z", "+00:00")).date()

    def describe(self) -> str:
        return self.raw + (" (estimated)" if self.estimated else "")


def as_of_bound(raw: str, zone: tzinfo = UTC) -> datetime:
    """The instant an `--as-of` value stands for (a date means the end of that day in `zone`)."""
    text = raw.strip()
    if _DATE_ONLY.match(text):
        day = _parse_date(text)
        return _start_of(day + timedelta(days=1), zone) - timedelta(microseconds=1)
    return _parse_datetime(text, zone)


def _start_of(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time.min, zone).astimezone(UTC)


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidTime(f"not a real date: {text!r}") from None


def _parse_datetime(text: str, zone: tzinfo = UTC) -> datetime:
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidTime(
            f"not an ISO date or date-time: {text!r} (expected e.g. 2021-10-26 or 2021-10-26T14:33-04:00)"
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)
