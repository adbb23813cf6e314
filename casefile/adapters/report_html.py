"""The case report as one self-contained HTML page: styles, script and data inline, no network.

Every piece of text that comes from an article or its metadata goes through `escape_html`
(or, inside the embedded JSON, has `<`, `>` and `&` written as \\u escapes), so nothing an
article says can become markup or script. Links go only to http(s) URLs. The words are
`report_wording`'s, the same as the Markdown report's; the timeline is `report_timeline`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from importlib.resources import files
from typing import Any

from casefile.adapters.report_markdown import counted
from casefile.adapters.report_timeline import timeline_section
from casefile.adapters.report_wording import (
    audit_sentence,
    change_notes,
    change_word,
    day,
    field_name,
    followup_sentence,
    value_words,
)
from casefile.adapters.safe_output import escape_html

_ASSETS = files("casefile.adapters") / "report_assets"
# A fact with up to this many sources shows them; with more, they are one click away.
_SOURCES_SHOWN = 3


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
            timeline_section(report, numbers),
            _state_section(reports),
            _followups_section(report, numbers),
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
        ("followups", "What to chase next"),
        ("audit", "Disagreements and refinements"),
        ("changes", "Report by report"),
        ("evidence", "Evidence"),
    ]
    items = "".join(f'<li><a href="#{anchor}">{title}</a></li>' for anchor, title in sections)
    return f'<nav class="toc" aria-label="Sections"><ul>{items}</ul></nav>'


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


def _followups_section(report: Mapping[str, Any], numbers: Mapping[str, int]) -> str:
    """What a reporter should chase next, each with the report that set it up."""
    reports = {r["id"]: r for r in report["reports"]}
    rows = []
    for item in report.get("followups") or []:
        source = reports[item["report"]]
        quote = item["source"]["quote"]
        rows.append(
            f'<li class="followup" data-kind="{escape_html(item["kind"])}">'
            f"<strong>{escape_html(item['title'])}</strong>: "
            f"{escape_html(followup_sentence(item))}"
            f'<br><span class="meta">Set up by <a href="#report-{escape_html(source["id"])}">'
            f"report {numbers[source['id']]} ({escape_html(_label(source))})</a>: "
            f"\u201c{escape_html(quote)}\u201d</span></li>"
        )
    listed = "".join(rows) or "<li>Nothing to follow up.</li>"
    return (
        '<section id="followups"><h2>What to chase next</h2>\n'
        '<p class="muted">The next court date, charges said to be coming that no report '
        "confirmed, arrests with no charge, charges with no outcome and court dates whose "
        "outcome no report gave (as <code>casefile followups</code> lists them).</p>\n"
        f'<ul id="followup-list">{listed}</ul>\n</section>'
    )


def _audit_section(report: Mapping[str, Any]) -> str:
    def items(found: Sequence[Mapping[str, Any]], verdict: str, element_id: str) -> str:
        rows = "".join(
            f"<li>{_fact_link(item['fact_id'], audit_sentence(item, verdict))}</li>"
            for item in found
        )
        return f'<ul id="{element_id}">{rows or "<li>None.</li>"}</ul>'

    return (
        '<section id="audit"><h2>Disagreements and refinements</h2>\n'
        '<p class="muted">Where sources give one detail (an age, an amount, a date) values that '
        "cannot both be true, and where one source says what another says more precisely.</p>\n"
        '<div class="side-by-side">'
        "<div><h3>Sources disagree</h3>"
        f"{items(report['disagreements'], 'disagreement', 'disagreements')}</div>"
        "<div><h3>Said more precisely</h3>"
        f"{items(report['refinements'], 'refinement', 'refinements')}</div>"
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
        f"{escape_html(day(c['recorded_at'][:10]))}"
        + (
            ", setting "
            + escape_html(
                ", ".join(f"{field_name(k)} to {value_words(k, v)}" for k, v in c["fields"].items())
            )
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

        def item(c: Mapping[str, Any]) -> str:
            return (
                f'<li><span class="change">{escape_html(change_word(c["change"]))}</span> '
                f"{escape_html(titles.get(c['category'], c['category']).lower())}: "
                f"{_fact_link(c['fact_id'], c['summary'])}"
                f"{escape_html(change_notes(c.get('was') or {}))}</li>"
            )

        news = [item(c) for c in r["changes"] if c["change"] != "repeated"]
        repeated = [item(c) for c in r["changes"] if c["change"] == "repeated"]
        listed = "".join(news) or ("<li>Nothing new.</li>" if repeated else "<li>No facts.</li>")
        again = (
            f'<details class="repeated"><summary>Repeated {len(repeated)} known '
            f"fact{'s' if len(repeated) != 1 else ''}</summary><ul>{''.join(repeated)}</ul>"
            "</details>"
            if repeated
            else ""
        )
        blocks.append(
            f'<article class="report" id="report-{escape_html(r["id"])}">'
            f"<h3>{numbers[r['id']]}. {escape_html(_label(r))}</h3>"
            f'<p class="meta">{_source_link(r)}</p>'
            f"<ul>{listed}</ul>{again}</article>"
        )
    return (
        '<section id="changes"><h2>Report by report</h2>\n'
        '<p class="muted">What each report added or changed, in reported order; what it only '
        "repeated is folded away under each.</p>\n" + "\n".join(blocks) + "\n</section>"
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
            count = len(fact["sources"])
            blocks.append(
                f'<div class="fact-evidence" id="{escape_html(fact["id"])}">'
                f"<p><strong>{escape_html(fact['summary'])}</strong><br>"
                f'<span class="meta">Reported by {escape_html(", ".join(fact["outlets"]))}; '
                f"first in report {numbers[first['id']]} ({escape_html(_label(first))}); "
                f"{fact['corroboration']} independent outlet{'s' if fact['corroboration'] != 1 else ''}."
                "</span></p>"
                f'<details class="sources"{" open" if count <= _SOURCES_SHOWN else ""}>'
                f"<summary>{count} source{'s' if count != 1 else ''}: the sentence each "
                f"came from</summary>{quotes}</details></div>"
            )
    return (
        '<section id="evidence"><h2>Evidence</h2>\n'
        '<p class="muted">Each fact with the sentence that supports it in every report of it; '
        "the quote is marked.</p>\n" + "\n".join(blocks) + "\n</section>"
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
        f'<footer class="meta"><a href="#report-{escape_html(report["id"])}">Report '
        f"{numbers[report['id']]}</a>: {escape_html(_label(report))}, "
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
        "steps": [_lean_step(step) for step in report["steps"]],
        "categories": dict(titles),
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # Inside <script>, "</script>" or "<!--" in a value would end or alter the element.
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return f'<script type="application/json" id="case-data">{text}</script>'


def _lean_step(step: Mapping[str, Any]) -> dict[str, Any]:
    """A step as the page's script reads it: what it shows of each fact, nothing more."""
    keep = ("slot", "id", "category", "summary", "outlets", "corroboration", "first_report")
    return {**step, "set": [{k: brief[k] for k in keep} for brief in step["set"]]}


# -- small pieces ---------------------------------------------------------------------------


def _label(report: Mapping[str, Any]) -> str:
    if report.get("shown"):  # as the command shows times: in its zone, named
        return f"{report['outlet'] or report['article']}, {report['shown']}"
    estimated = " (estimated)" if report["published_estimated"] else ""
    return f"{report['outlet'] or report['article']}, {report['published']}{estimated}"


def _source_link(report: Mapping[str, Any]) -> str:
    """The article's title (or "the article"), linked to its URL; the path if it has no URL."""
    url = report["url"] or ""
    if url.startswith(("https://", "http://")):
        name = escape_html(report["title"] or "the article")
        return f'<a href="{escape_html(url)}" rel="noopener noreferrer">{name}</a>'
    return escape_html(report["title"] or report["path"] or report["url"] or report["article"])


def _fact_link(fact_id: str | None, text: str) -> str:
    if fact_id is None:
        return escape_html(text)
    return f'<a href="#{escape_html(fact_id)}">{escape_html(text)}</a>'
