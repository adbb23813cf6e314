"""The case report as one self-contained HTML page: styles, script and data inline, no network.

Every piece of text that comes from an article or its metadata goes through `escape_html`
(or, inside the embedded JSON, has `<`, `>` and `&` written as \\u escapes), so nothing an
article says can become markup or script. Links go only to http(s) URLs.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from importlib.resources import files
from itertools import pairwise
from typing import Any

from casefile.adapters.report_markdown import counted
from casefile.adapters.safe_output import escape_html

_ASSETS = files("casefile.adapters") / "report_assets"

# Timeline geometry (SVG user units; the picture scales to the page width).
_WIDTH, _LEFT, _RIGHT = 960, 120, 60
_OCCURRED_Y, _REPORTED_Y, _STACK = 70, 170, 16
_HEIGHT = 240


def render_html(report: Mapping[str, Any], titles: Mapping[str, str]) -> str:
    """The whole page for a report built by `casefile.application.report.build_report`
    (which always holds at least one report)."""
    reports = report["reports"]
    numbers = {r["id"]: n for n, r in enumerate(reports, start=1)}
    case = report["case"]
    known_at = (
        report.get("as_of_shown") or report["as_of"] or f"the latest report ({_label(reports[-1])})"
    )
    outlets = sorted({r["outlet"] or r["article"] for r in reports})
    body = "\n".join(
        [
            "<header>",
            f"<h1>Case {escape_html(case)}</h1>",
            f'<p class="meta">As known at {escape_html(known_at)}: '
            f"{counted(len(reports), 'report')} from {counted(len(outlets), 'outlet')} "
            f"({escape_html(', '.join(outlets))}), {counted(len(report['facts']), 'fact')}.</p>",
            "</header>",
            _toc(),
            _timeline_section(report, numbers),
            _state_section(reports),
            _audit_section(report),
            _corrections_section(report),
            _changes_section(reports, titles, numbers),
            _evidence_section(report, titles, numbers),
            _page_data(report, titles, numbers),
            f"<script>\n{_asset('report.js')}</script>",
        ]
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Case {escape_html(case)}: casefile report</title>\n"
        '<link rel="icon" href="data:,">\n'
        f"<style>\n{_asset('report.css')}</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _asset(name: str) -> str:
    return (_ASSETS / name).read_text(encoding="utf-8")


def _toc() -> str:
    sections = [
        ("timeline", "Timeline"),
        ("state", "Case state"),
        ("audit", "Disagreements and refinements"),
        ("changes", "Report by report"),
        ("evidence", "Evidence"),
    ]
    items = "".join(f'<li><a href="#{anchor}">{title}</a></li>' for anchor, title in sections)
    return f'<nav class="toc" aria-label="Sections"><ul>{items}</ul></nav>'


# -- timeline -------------------------------------------------------------------------------


def _timeline_section(report: Mapping[str, Any], numbers: Mapping[str, int]) -> str:
    reports = report["reports"]
    legend = "".join(
        f'<li><a href="#report-{escape_html(r["id"])}">{escape_html(_label(r))}</a>{_title_suffix(r)}</li>'
        for r in reports
    )
    return (
        '<section id="timeline"><h2>Timeline</h2>\n'
        '<p class="muted">Top: when things happened (the dates facts give). Bottom: when each '
        "outlet reported (numbered as below). Dashed lines join a happening to the reports of "
        "it. Every mark links to its facts.</p>\n"
        f'<figure class="timeline">{_timeline_svg(report, numbers)}</figure>\n'
        f'<ol class="reports-legend">{legend}</ol>\n</section>'
    )


def _timeline_svg(report: Mapping[str, Any], numbers: Mapping[str, int]) -> str:
    reports = report["reports"]
    facts = {fact["id"]: fact for fact in report["facts"]}
    occurred = [(_day_start(mark["date"]), mark) for mark in report["occurred"]]
    reported = [(datetime.fromisoformat(r["reported_at"]), r) for r in reports]
    moments = [t for t, _ in occurred] + [t for t, _ in reported]
    scale = _Scale(moments)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {_HEIGHT}" '
        'role="img" aria-labelledby="timeline-title">',
        '<title id="timeline-title">When things happened and when they were reported</title>',
        f'<text class="lane-label" x="8" y="{_OCCURRED_Y + 4}">Happened</text>',
        f'<text class="lane-label" x="8" y="{_REPORTED_Y + 4}">Reported</text>',
        f'<line class="axis-line" x1="{_LEFT}" y1="{_OCCURRED_Y}" x2="{_WIDTH - _RIGHT}" y2="{_OCCURRED_Y}"/>',
        f'<line class="axis-line" x1="{_LEFT}" y1="{_REPORTED_Y}" x2="{_WIDTH - _RIGHT}" y2="{_REPORTED_Y}"/>',
        scale.ticks_svg(_HEIGHT - 30),
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
            f"<title>{escape_html(mark['date'])}: {escape_html(mark['summary'])}</title></circle></a>"
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

    def ticks_svg(self, y: int) -> str:
        """A dated tick at the first mark of each day, leaving out labels that would collide."""
        ticks, last_x, days = [], -1000.0, set()
        for point, x in zip(self.points, self.positions, strict=True):
            if x - last_x < 90 or point.date() in days:
                continue
            last_x = x
            days.add(point.date())
            ticks.append(
                f'<line x1="{x:.1f}" y1="{_OCCURRED_Y}" x2="{x:.1f}" y2="{y - 12}" '
                'stroke="#eef1f3"/>'
                f'<text x="{x:.1f}" y="{y}" text-anchor="middle">'
                f"{escape_html(point.strftime('%d %b %Y'))}</text>"
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


# -- state, audit, changes, evidence -------------------------------------------------------


def _state_section(reports: Sequence[Mapping[str, Any]]) -> str:
    options = "".join(
        f'<option value="{escape_html(r["id"])}"{" selected" if n == len(reports) else ""}>'
        f"{n}. {escape_html(_label(r))}</option>"
        for n, r in enumerate(reports, start=1)
    )
    return (
        '<section id="state"><h2>Case state</h2>\n'
        '<div class="as-of-control"><label for="as-of">As known right after report</label>'
        f'<select id="as-of">{options}</select></div>\n'
        '<p id="state-caption" class="meta"></p>\n'
        '<div id="state-body"></div>\n'
        "<noscript><p>The state table needs JavaScript; every fact, with its outlets, is "
        'listed under <a href="#evidence">Evidence</a>.</p></noscript>\n</section>'
    )


def _audit_section(report: Mapping[str, Any]) -> str:
    def items(found: Sequence[Mapping[str, Any]], joiner: str, element_id: str) -> str:
        rows = "".join(
            f"<li>{_fact_link(item['fact_id'], item['subject'])} "
            f'<span class="muted">({escape_html(item["kind"])})</span>, '
            f"<strong>{escape_html(item['field'])}</strong>: "
            + joiner.join(
                f"{escape_html(_value(v['value']))} ({escape_html(_who(v['by']))})"
                for v in item["values"]
            )
            + "</li>"
            for item in found
        )
        return f'<ul id="{element_id}">{rows or "<li>None.</li>"}</ul>'

    return (
        '<section id="audit"><h2>Disagreements and refinements</h2>\n'
        '<p class="muted">Where sources give one slot (an age, an amount, a date) values that '
        "cannot both be true, and where one source says what another says more precisely.</p>\n"
        '<div class="side-by-side">'
        f"<div><h3>Sources disagree</h3>{items(report['disagreements'], ' vs ', 'disagreements')}</div>"
        f"<div><h3>Refinements</h3>{items(report['refinements'], ' refines ', 'refinements')}</div>"
        "</div>\n</section>"
    )


def _corrections_section(report: Mapping[str, Any]) -> str:
    """What people and revisions did to fact reports; nothing when nothing was corrected."""
    found = report.get("corrections") or []
    if not found:
        return ""
    rows = "".join(
        f"<li>{escape_html(c['summary'])}"
        + (f' <span class="muted">({escape_html(c["outlet"])})</span>' if c.get("outlet") else "")
        + f": <strong>{escape_html(c['action'])}</strong> by {escape_html(c['by'])} on "
        f"{escape_html(c['recorded_at'][:10])}"
        + (
            ", set " + escape_html(", ".join(f"{k} = {v}" for k, v in c["fields"].items()))
            if c.get("fields")
            else ""
        )
        + f": {escape_html(c['reason'])}</li>"
        for c in found
    )
    return (
        '<section id="corrections"><h2>Corrections</h2>\n'
        '<p class="muted">Fact reports a person amended or retracted, or a revision of their '
        "article withdrew. The reports stay on file; these changes are events too.</p>\n"
        f'<ul id="correction-list">{rows}</ul>\n</section>'
    )


def _changes_section(
    reports: Sequence[Mapping[str, Any]], titles: Mapping[str, str], numbers: Mapping[str, int]
) -> str:
    blocks = []
    for r in reports:
        items = "".join(
            f'<li><span class="change">{escape_html(c["change"])}</span> '
            f"{escape_html(titles.get(c['category'], c['category']).lower())}: "
            f"{_fact_link(c['fact_id'], c['summary'])}{_was(c)}</li>"
            for c in r["changes"]
        )
        blocks.append(
            f'<article class="report" id="report-{escape_html(r["id"])}">'
            f"<h3>{numbers[r['id']]}. {escape_html(_label(r))}</h3>"
            f'<p class="meta">{_source_link(r)}</p>'
            f"<ul>{items or '<li>No facts.</li>'}</ul></article>"
        )
    return (
        '<section id="changes"><h2>Report by report</h2>\n'
        '<p class="muted">What each report added, changed or repeated, in reported order.</p>\n'
        + "\n".join(blocks)
        + "\n</section>"
    )


def _evidence_section(
    report: Mapping[str, Any], titles: Mapping[str, str], numbers: Mapping[str, int]
) -> str:
    reports = {r["id"]: r for r in report["reports"]}
    blocks = []
    for category, title in titles.items():
        facts = [f for f in report["facts"] if f["category"] == category]
        if not facts:
            continue
        blocks.append(f"<h3>{escape_html(title)}</h3>")
        for fact in facts:
            first = reports[fact["first_report"]]
            quotes = "".join(_quote(source, reports, numbers) for source in fact["sources"])
            blocks.append(
                f'<div class="fact-evidence" id="{escape_html(fact["id"])}">'
                f"<p><strong>{escape_html(fact['summary'])}</strong><br>"
                f'<span class="meta">Reported by {escape_html(", ".join(fact["outlets"]))}; '
                f"first in report {numbers[first['id']]} ({escape_html(_label(first))}); "
                f"{fact['corroboration']} independent outlet{'s' if fact['corroboration'] != 1 else ''}."
                "</span></p>"
                f"{quotes}</div>"
            )
    return (
        '<section id="evidence"><h2>Evidence</h2>\n'
        '<p class="muted">Each fact with the sentence that supports it; the quote is marked.</p>\n'
        + "\n".join(blocks)
        + "\n</section>"
    )


def _quote(
    source: Mapping[str, Any], reports: Mapping[str, Mapping[str, Any]], numbers: Mapping[str, int]
) -> str:
    sentence = source["sentence"]
    report = reports[source["report"]]
    return (
        "<blockquote>"
        f"<p>{escape_html(sentence['before'])}<mark>{escape_html(sentence['quote'])}</mark>"
        f"{escape_html(sentence['after'])}</p>"
        f'<footer class="meta">Report {numbers[report["id"]]}: {escape_html(_label(report))}, '
        f"{_source_link(report)}</footer>"
        "</blockquote>"
    )


def _page_data(
    report: Mapping[str, Any], titles: Mapping[str, str], numbers: Mapping[str, int]
) -> str:
    data = {
        "reports": [
            {"id": r["id"], "number": numbers[r["id"]], "label": _label(r)}
            for r in report["reports"]
        ],
        "states": report["states"],
        "categories": dict(titles),
    }
    text = json.dumps(data, ensure_ascii=False)
    # Inside <script>, "</script>" or "<!--" in a value would end or alter the element.
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return f'<script type="application/json" id="case-data">{text}</script>'


# -- small pieces ---------------------------------------------------------------------------


def _label(report: Mapping[str, Any]) -> str:
    if report.get("shown"):  # as the command shows times: in its zone, named
        return f"{report['outlet'] or report['article']}, {report['shown']}"
    estimated = " (estimated)" if report["published_estimated"] else ""
    return f"{report['outlet'] or report['article']}, {report['published']}{estimated}"


def _title_suffix(report: Mapping[str, Any]) -> str:
    return f': <span class="muted">{escape_html(report["title"])}</span>' if report["title"] else ""


def _source_link(report: Mapping[str, Any]) -> str:
    """The article's title (or "the article"), linked to its URL; the path if it has no URL."""
    url = report["url"] or ""
    if url.startswith(("https://", "http://")):
        name = escape_html(report["title"] or "the article")
        return f'<a href="{escape_html(url)}" rel="noopener noreferrer">{name}</a>'
    return escape_html(report["title"] or report["path"] or report["url"] or report["article"])


def _fact_link(fact_id: str | None, summary: str) -> str:
    if fact_id is None:
        return escape_html(summary)
    return f'<a href="#{escape_html(fact_id)}">{escape_html(summary)}</a>'


def _was(change: Mapping[str, Any]) -> str:
    was = change.get("was") or {}
    if not was:
        return ""
    return (
        " ("
        + "; ".join(f"{escape_html(k)} was {escape_html(_value(v))}" for k, v in was.items())
        + ")"
    )


def _who(sources: Iterable[Mapping[str, Any]]) -> str:
    return ", ".join(s["outlet"] or s["report"] for s in sources)


def _value(value: Any) -> str:
    return "none" if value is None else str(value)
