"""The report's timeline in words, period by period: a day, or a week for a case whose
reports span more than three weeks. Both the HTML page and the Markdown report list it so,
with the same names and counts ("Week of Mon 6 Nov 2017: 9 reports, 10 happenings")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from casefile.adapters.report_wording import day

# A case whose reports span more days than this is listed by week, else by day.
DAYS_LISTED_BY_DAY = 21


@dataclass
class Period:
    """A day or a week: what happened in it and the reports that came out in it, in order
    (on one day, what happened before what was reported)."""

    start: date
    name: str
    happened: list[Mapping[str, Any]] = field(default_factory=list)
    reported: list[Mapping[str, Any]] = field(default_factory=list)
    entries: list[tuple[date, int, Mapping[str, Any]]] = field(default_factory=list)

    @property
    def counts(self) -> str:
        """ "3 reports, 2 happenings", leaving out what there is none of."""
        parts = []
        if self.reported:
            parts.append(_count(len(self.reported), "report"))
        if self.happened:
            parts.append(_count(len(self.happened), "happening"))
        return ", ".join(parts)


def periods(report: Mapping[str, Any]) -> tuple[str, list[Period]]:
    """The unit ("day" or "week") and the periods holding the report's happenings (its
    `occurred` marks) and reports, earliest first. Each entry is (day, 0 for a happening or
    1 for a report, the mark or the report)."""
    reports = report["reports"]
    days = [report_day(r) for r in reports]
    by_week = (max(days) - min(days)).days > DAYS_LISTED_BY_DAY
    found: dict[date, Period] = {}

    def period(when: date) -> Period:
        start = when - timedelta(days=when.weekday()) if by_week else when
        if start not in found:
            name = f"Week of {day(start.isoformat())}" if by_week else day(start.isoformat())
            found[start] = Period(start, name)
        return found[start]

    for mark in report["occurred"]:
        happened = date.fromisoformat(mark["date"])
        holder = period(happened)
        holder.happened.append(mark)
        holder.entries.append((happened, 0, mark))
    for r, reported in zip(reports, days, strict=True):
        holder = period(reported)
        holder.reported.append(r)
        holder.entries.append((reported, 1, r))
    listed = [found[start] for start in sorted(found)]
    for holder in listed:
        holder.entries.sort(key=lambda entry: entry[:2])  # stable: reports stay in order
    return ("week" if by_week else "day"), listed


def report_day(report: Mapping[str, Any]) -> date:
    """The day a report came out, in the zone the command shows times in (if it said)."""
    if report.get("day"):
        return date.fromisoformat(report["day"])
    return datetime.fromisoformat(report["reported_at"]).date()


def news(report: Mapping[str, Any]) -> str:
    """What a report brought: "3 new facts", or "nothing new"."""
    added = sum(c["change"] == "added" for c in report["changes"])
    return _count(added, "new fact") if added else "nothing new"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
