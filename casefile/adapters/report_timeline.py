"""The report page's timeline: a picture of when things happened and when they were reported,
and below it the same in words, period by period (a day, or a week for a case followed
longer), each period a <details> that says what it holds before it is opened.

A few reports are drawn on a time axis that keeps hours apart visible (gaps on a log scale,
each report numbered). Many reports are drawn as a column of dots per week, so a case
followed for a year stays one readable strip whose height counts the reports of each week.
Every text from an article goes through `escape_html`.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any

from casefile.adapters.report_periods import news, periods, report_day
from casefile.adapters.report_wording import day
from casefile.adapters.safe_output import escape_html

# Up to this many reports each is drawn numbered on a time axis; beyond, in weekly columns.
NUMBERED_REPORTS = 40
# Up to this many reports every period of the list starts open; beyond, only the latest.
ALL_OPEN_REPORTS = 30

# Timeline geometry (SVG user units; the picture scales to the page width).
_WIDTH, _LEFT, _RIGHT = 960, 120, 60
_OCCURRED_Y, _REPORTED_Y, _STACK = 70, 170, 16
_HEIGHT = 240
_DOT, _DOT_STEP = 3.5, 8


def timeline_section(report: Mapping[str, Any], numbers: Mapping[str, int]) -> str:
    reports = report["reports"]
    many = len(reports) > NUMBERED_REPORTS
    picture = _weekly_svg(report, numbers) if many else _timeline_svg(report, numbers)
    how = (
        "Each dot is one report, in the column of its week; the dots above are things that "
        "happened that week (the dates facts give)."
        if many
        else "Top: when things happened (the dates facts give). Bottom: when each outlet "
        "reported, numbered as below. Dashed lines join a happening to the reports of it."
    )
    return (
        '<section id="timeline"><h2>Timeline</h2>\n'
        f'<p class="muted">{how} Every mark links to its facts or its report.</p>\n'
        f'<figure class="timeline">{picture}</figure>\n'
        f"{_periods(report, numbers)}\n</section>"
    )


# -- the list, period by period ---------------------------------------------------------------


def _periods(report: Mapping[str, Any], numbers: Mapping[str, int]) -> str:
    unit, listed = periods(report)
    many = len(report["reports"]) > ALL_OPEN_REPORTS
    blocks = []
    for period in listed:
        lines = []
        for _, kind, item in period.entries:
            if kind == 0:
                lines.append(
                    f'<li class="entry happened"><span class="when">'
                    f"{escape_html(day(item['date']))}</span> "
                    f'<span class="tag">happened</span> <a href="#{escape_html(item["fact"])}">'
                    f"{escape_html(item['summary'])}</a></li>"
                )
                continue
            title = (
                f': <span class="title">{escape_html(item["title"])}</span>'
                if item["title"]
                else ""
            )
            lines.append(
                f'<li class="entry reported"><span class="when">{escape_html(_when(item))}'
                f'</span> <a href="#report-{escape_html(item["id"])}">{numbers[item["id"]]}. '
                f"{escape_html(item['outlet'] or item['article'])}</a>{title} "
                f'<span class="muted">({news(item)})</span></li>'
            )
        is_open = not many or period is listed[-1]
        blocks.append(
            f'<details class="period" id="period-{period.start.isoformat()}"'
            f'{" open" if is_open else ""}><summary><span class="period-name">'
            f'{period.name}</span> <span class="period-count">{period.counts}</span></summary>'
            f'<ol class="period-entries">{"".join(lines)}</ol></details>'
        )
    return (
        f'<div class="periods" data-unit="{unit}">'
        '<p class="period-controls"><button type="button" data-periods="open">Open every '
        f'{unit}</button> <button type="button" data-periods="close">Close every {unit}'
        "</button></p>\n" + "\n".join(blocks) + "</div>"
    )


def _period_of(when: date, by_week: bool) -> date:
    return when - timedelta(days=when.weekday()) if by_week else when


def _when(report: Mapping[str, Any]) -> str:
    estimated = " (estimated)" if report["published_estimated"] else ""
    return report.get("shown") or f"{report['published']}{estimated}"


def _label(report: Mapping[str, Any]) -> str:
    return f"{report['outlet'] or report['article']}, {_when(report)}"


# -- many reports: a column of dots per week ------------------------------------------------


def _weekly_svg(report: Mapping[str, Any], numbers: Mapping[str, int]) -> str:
    reports = report["reports"]
    happened: dict[date, list[Mapping[str, Any]]] = {}
    for mark in report["occurred"]:
        week = _period_of(date.fromisoformat(mark["date"]), True)
        happened.setdefault(week, []).append(mark)
    reported: dict[date, list[Mapping[str, Any]]] = {}
    for r in reports:
        reported.setdefault(_period_of(report_day(r), True), []).append(r)
    weeks = sorted(set(happened) | set(reported))
    # Weeks with nothing in them take no room; a longer quiet spell leaves a small gap.
    positions, x = {}, 0.0
    for earlier, later in pairwise([None, *weeks]):
        if earlier is not None:
            x += 1.0 if (later - earlier).days <= 7 else 2.0
        positions[later] = x
    span = max(x, 1.0)
    width = _WIDTH - _LEFT - _RIGHT

    def column(week: date) -> float:
        return _LEFT + positions[week] / span * width if x else _LEFT + width / 2

    top = max((len(marks) for marks in happened.values()), default=0)
    occurred_y = 30 + top * _DOT_STEP
    reported_y = occurred_y + 40
    height = reported_y + max(len(r) for r in reported.values()) * _DOT_STEP + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {height}" '
        'role="img" aria-labelledby="timeline-title" class="weekly">',
        '<title id="timeline-title">Reports and happenings, week by week</title>',
        f'<text class="lane-label" x="8" y="{occurred_y + 4}">Happened</text>',
        f'<text class="lane-label" x="8" y="{reported_y + 4}">Reported</text>',
        f'<line class="axis-line" x1="{_LEFT - 8}" y1="{reported_y - 12}" '
        f'x2="{_WIDTH - _RIGHT + 8}" y2="{reported_y - 12}"/>',
    ]
    last_label, last_year = -1000.0, None
    for week in weeks:
        cx = column(week)
        # The first week of a month names the month (and the year, at the first and in
        # January), where the name has room.
        if (week.day <= 7 or week == weeks[0]) and cx - last_label >= 40:
            name = f"{week:%b}" if week.year == last_year else f"{week:%b %Y}"
            last_label, last_year = cx, week.year
            parts.append(
                f'<text class="month" x="{cx:.1f}" y="{height - 12}" text-anchor="middle">'
                f"{name}</text>"
            )
        for level, mark in enumerate(happened.get(week, [])):
            parts.append(
                f'<a href="#{escape_html(mark["fact"])}"><circle class="mark mark-occurred" '
                f'data-fact="{escape_html(mark["fact"])}" cx="{cx:.1f}" '
                f'cy="{occurred_y - level * _DOT_STEP}" r="{_DOT}">'
                f"<title>{escape_html(day(mark['date']))}: {escape_html(mark['summary'])}"
                "</title></circle></a>"
            )
        for level, r in enumerate(reported.get(week, [])):
            parts.append(
                f'<a href="#report-{escape_html(r["id"])}"><circle class="mark mark-reported" '
                f'data-report="{escape_html(r["id"])}" cx="{cx:.1f}" '
                f'cy="{reported_y + level * _DOT_STEP}" r="{_DOT}">'
                f"<title>{numbers[r['id']]}. {escape_html(_label(r))}</title></circle></a>"
            )
    parts.append("</svg>")
    return "\n".join(parts)


# -- a few reports: numbered marks on a time axis -------------------------------------------


def _timeline_svg(report: Mapping[str, Any], numbers: Mapping[str, int]) -> str:
    reports = report["reports"]
    facts = {fact["id"]: fact for fact in report["facts"]}
    occurred = [(_day_start(mark["date"]), mark) for mark in report["occurred"]]
    reported = [(datetime.fromisoformat(r["reported_at"]), r) for r in reports]
    scale = _Scale([t for t, _ in occurred] + [t for t, _ in reported])
    # Ticks name the day each instant falls on where it is read: a report's in the
    # command's zone, a happening's as its fact gives it.
    days = {t: date.fromisoformat(mark["date"]) for t, mark in occurred}
    days.update((t, report_day(r)) for t, r in reported)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {_HEIGHT}" '
        'role="img" aria-labelledby="timeline-title">',
        '<title id="timeline-title">When things happened and when they were reported</title>',
        f'<text class="lane-label" x="8" y="{_OCCURRED_Y + 4}">Happened</text>',
        f'<text class="lane-label" x="8" y="{_REPORTED_Y + 4}">Reported</text>',
        f'<line class="axis-line" x1="{_LEFT}" y1="{_OCCURRED_Y}" x2="{_WIDTH - _RIGHT}" y2="{_OCCURRED_Y}"/>',
        f'<line class="axis-line" x1="{_LEFT}" y1="{_REPORTED_Y}" x2="{_WIDTH - _RIGHT}" y2="{_REPORTED_Y}"/>',
        scale.ticks_svg(_HEIGHT - 30, days),
    ]
    report_x = {r["id"]: scale.x(t) for t, r in reported}
    report_y = _stacked(((report_x[r["id"]], r["id"]) for _, r in reported), _REPORTED_Y, _STACK)
    occurred_y = _stacked(
        ((scale.x(t), mark["fact"]) for t, mark in occurred), _OCCURRED_Y, -_STACK
    )
    for t, mark in occurred:
        x, y = scale.x(t), occurred_y[mark["fact"]]
        for report_id in facts[mark["fact"]]["reports"]:
            parts.append(
                f'<line class="connector" x1="{x:.1f}" y1="{y}" '
                f'x2="{report_x[report_id]:.1f}" y2="{report_y[report_id]}"/>'
            )
    for t, mark in occurred:
        x, y = scale.x(t), occurred_y[mark["fact"]]
        parts.append(
            f'<a href="#{escape_html(mark["fact"])}"><circle class="mark mark-occurred" '
            f'data-fact="{escape_html(mark["fact"])}" cx="{x:.1f}" cy="{y}" r="6">'
            f"<title>{escape_html(day(mark['date']))}: {escape_html(mark['summary'])}</title>"
            "</circle></a>"
        )
    for _, r in reported:
        x, y, number = report_x[r["id"]], report_y[r["id"]], numbers[r["id"]]
        parts.append(
            f'<a href="#report-{escape_html(r["id"])}"><circle class="mark mark-reported" '
            f'data-report="{escape_html(r["id"])}" cx="{x:.1f}" cy="{y}" r="7">'
            f"<title>{number}. {escape_html(_label(r))}</title></circle>"
            f'<text class="mark-number" x="{x:.1f}" y="{y + 4}" text-anchor="middle">{number}</text></a>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


class _Scale:
    """Places instants along the timeline, in order, with gaps drawn on a log scale.

    Reports hours apart stay apart even when a prior arrest years earlier is on the same
    picture; positions between known instants are interpolated.
    """

    def __init__(self, moments: Sequence[datetime]) -> None:
        self.points = sorted(set(moments))
        weights = [0.0]
        for earlier, later in pairwise(self.points):
            weights.append(weights[-1] + math.log1p((later - earlier).total_seconds() / 3600))
        width, total = _WIDTH - _RIGHT - _LEFT, weights[-1]
        self.positions = [_LEFT + (w / total * width if total else width / 2) for w in weights]

    def x(self, moment: datetime) -> float:
        after = bisect_left(self.points, moment)
        if after == 0:
            return self.positions[0]
        if after == len(self.points):
            return self.positions[-1]
        start, end = self.points[after - 1], self.points[after]
        share = (moment - start) / (end - start)
        return self.positions[after - 1] + share * (
            self.positions[after] - self.positions[after - 1]
        )

    def ticks_svg(self, y: int, day_of: Mapping[datetime, date]) -> str:
        """A dated tick at the first mark of each day, leaving out labels that would collide."""
        ticks, last_x, days = [], -1000.0, set()
        for point, x in zip(self.points, self.positions, strict=True):
            if x - last_x < 90 or day_of[point] in days:
                continue
            last_x = x
            days.add(day_of[point])
            ticks.append(
                f'<line x1="{x:.1f}" y1="{_OCCURRED_Y}" x2="{x:.1f}" y2="{y - 12}" '
                'stroke="#eef1f3"/>'
                f'<text x="{x:.1f}" y="{y}" text-anchor="middle">'
                f"{day_of[point]:%-d %b %Y}</text>"
            )
        return f'<g class="axis">{"".join(ticks)}</g>'


def _stacked(marks: Iterable[tuple[float, str]], base: int, step: int) -> dict[str, int]:
    """A y position for each mark, stacking marks that would overlap at the same x."""
    placed: dict[str, int] = {}
    taken: list[tuple[float, int]] = []
    for x, key in marks:
        level = 0
        while any(abs(x - other) < 14 and lvl == level for other, lvl in taken):
            level += 1
        taken.append((x, level))
        placed[key] = base + level * step
    return placed


def _day_start(iso_date: str) -> datetime:
    return datetime.fromisoformat(f"{iso_date}T00:00:00+00:00")
