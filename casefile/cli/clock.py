"""How times look when printed: in the zone of the command (`application/time_zone.py`),
each with its zone's name, and "(estimated)" wherever an estimated time shows."""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo

_zone: tzinfo = UTC
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def use_zone(zone: tzinfo) -> None:
    global _zone
    _zone = zone


def current_zone() -> tzinfo:
    return _zone


def shown(when: datetime | str, *, seconds: bool = False) -> str:
    """`when` in the command's zone, with the zone's abbreviation: 2021-10-26 14:33 EDT."""
    value = datetime.fromisoformat(when) if isinstance(when, str) else when
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    local = value.astimezone(_zone)
    text = local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    return f"{text} {local.tzname() or local.strftime('%z')}"


def day(when: datetime | str) -> str:
    """The day of `when` in the command's zone: 2021-10-26 (a late report's UTC day is the next)."""
    value = datetime.fromisoformat(when) if isinstance(when, str) else when
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(_zone).strftime("%Y-%m-%d")


def one_line(quote: str) -> str:
    """A quote on one line: a quote over two paragraphs keeps the listing's layout."""
    return " ".join(quote.split())


def reported(raw: str, at: datetime, estimated: bool) -> str:
    """A publication time: the instant in the command's zone ("date only" when the article
    gave no time of day), marked "(estimated)" when it was estimated."""
    text = shown(at)
    if _DATE_ONLY.match(raw.strip()):
        text = f"{text} (date only)"
    return text + (" (estimated)" if estimated else "")


def friendly(when: datetime | str) -> str:
    """`when` in the command's zone, for a reader: "Tue 26 Oct 2021, 8:05 a.m. EDT"."""
    value = datetime.fromisoformat(when) if isinstance(when, str) else when
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    local = value.astimezone(_zone)
    hour = local.hour % 12 or 12
    noon = "a.m." if local.hour < 12 else "p.m."
    zone = local.tzname() or local.strftime("%z")
    return f"{local:%a} {local.day} {local:%b %Y}, {hour}:{local:%M} {noon} {zone}"


def friendly_reported(raw: str, at: datetime, estimated: bool) -> str:
    """A publication time for a reader: the day alone (as given) when the article gave no
    time of day, marked "(estimated)" when it was estimated."""
    if _DATE_ONLY.match(raw.strip()):
        day = datetime.strptime(raw.strip(), "%Y-%m-%d")
        text = f"{day:%a} {day.day} {day:%b %Y} (date only)"
    else:
        text = friendly(at)
    return text + (" (estimated)" if estimated else "")


def local_day(raw: str, at: datetime) -> str:
    """The ISO day a publication falls on in the command's zone (as given if only a day)."""
    if _DATE_ONLY.match(raw.strip()):
        return raw.strip()
    return at.astimezone(_zone).date().isoformat()
