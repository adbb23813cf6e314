"""The case report as plain Markdown: the same content as the HTML page, without the picture.

Text from articles is escaped so it reads as text in any Markdown renderer: markup
characters get a backslash, `<`, `>` and `&` become entities (raw HTML never passes
through), and line breaks are folded so a quote cannot start a heading or a list. The
words are `report_wording`'s, the same as the HTML page's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from casefile.adapters.report_periods import news, periods
from casefile.adapters.report_wording import (
    audit_sentence,
    change_notes,
    change_word,
    day,
    field_name,
    followup_sentence,
    value_words,
)
from casefile.adapters.safe_output import escape_controls, escape_markdown


def counted(n: int, noun: str) -> str:
    """`n` and the noun, singular for one: "1 report", "3 reports"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def render_markdown(report: Mapping[str, Any], titles: Mapping[str, str]) -> str:
    """The report built by `casefile.application.report.build_report`, as Markdown."""
    reports = report["reports"]
    numbers = {r["id"]: n for n, r in enumerate(reports, start=1)}
    outlets = sorted({r["outlet"] or r["article"] for r in reports})
    last = reports[-1]
    known_at = (
        report.get("as_of_shown")
        or report["as_of"]
        or f"the latest report ({last['outlet'] or last['article']}, {_published(last)})"
    )
    lines = [
        f"# Case {escape_markdown(report['case'])}",
        "",
        f"As known at {escape_markdown(known_at)}: {counted(len(reports), 'report')} from "
        f"{counted(len(outlets), 'outlet')} ({escape_markdown(', '.join(outlets))}), "
        f"{counted(len(report['facts']), 'fact')}.",
    ]
    lines += _timeline(report, numbers)
    lines += _state(report, titles, numbers)
    lines += _followups(report, numbers)
    lines += _audit(report)
    lines += _corrections(report)
    lines += _changes(reports, titles, numbers)
    lines += _evidence(report, titles, numbers)
    # Not a terminal command either: the report is printed, and files of it are `cat`.
    return escape_controls("\n".join(lines) + "\n")


def _timeline(report: Mapping[str, Any], numbers: Mapping[str, int]) -> list[str]:
    """The timeline in words, day by day or week by week, as the HTML page lists it."""
    unit, listed = periods(report)
    lines = [
        "",
        "## Timeline",
        "",
        f"When things happened (the dates facts give) and when each outlet reported, {unit} "
        f"by {unit}.",
    ]
    for period in listed:
        lines += ["", f"### {period.name}: {period.counts}", ""]
        for _, kind, item in period.entries:
            if kind == 0:
                lines.append(
                    f"- {escape_markdown(day(item['date']))}, happened: "
                    f"{_fact_link(item['fact'], item['summary'])}"
                )
            else:
                title = f": {escape_markdown(item['title'])}" if item["title"] else ""
                lines.append(
                    f"- {escape_markdown(_published(item))}, reported: "
                    f"{_report_link(item, numbers)}{title} ({news(item)})"
                )
    return lines


def _state(
    report: Mapping[str, Any], titles: Mapping[str, str], numbers: Mapping[str, int]
) -> list[str]:
    reports = {r["id"]: r for r in report["reports"]}
    lines = ["", "## Case state"]
    for category, title in titles.items():
        facts = [f for f in report["facts"] if f["category"] == category]
        if not facts:
            continue
        lines += ["", f"### {escape_markdown(title)}", ""]
        lines += [
            "| Fact | Reported by | First report | Independent outlets |",
            "|---|---|---|---|",
        ]
        lines += [
            f"| {_fact_link(f['id'], f['summary'])} | {escape_markdown(', '.join(f['outlets']))} "
            f"| {_report_link(reports[f['first_report']], numbers)} | {f['corroboration']} |"
            for f in facts
        ]
    return lines


def _followups(report: Mapping[str, Any], numbers: Mapping[str, int]) -> list[str]:
    """What to chase next, each with the report that set it up and its words."""
    reports = {r["id"]: r for r in report["reports"]}
    lines = ["", "## What to chase next", ""]
    for item in report.get("followups") or []:
        source = reports[item["report"]]
        lines.append(
            f"- **{escape_markdown(item['title'])}**: {escape_markdown(followup_sentence(item))}; "
            f"set up by {_report_link(source, numbers)}: "
            f"\u201c{escape_markdown(item['source']['quote'])}\u201d"
        )
    return lines if len(lines) > 3 else [*lines, "Nothing to follow up."]


def _audit(report: Mapping[str, Any]) -> list[str]:
    def items(found: Iterable[Mapping[str, Any]], verdict: str) -> list[str]:
        return [
            f"- {_fact_link(item['fact_id'], audit_sentence(item, verdict))}" for item in found
        ] or ["None."]

    return [
        "",
        "## Disagreements and refinements",
        "",
        "### Sources disagree",
        "",
        *items(report["disagreements"], "disagreement"),
        "",
        "### Said more precisely",
        "",
        *items(report["refinements"], "refinement"),
    ]


def _corrections(report: Mapping[str, Any]) -> list[str]:
    """What people and revisions did to fact reports: amended, retracted, withdrawn."""
    found = report.get("corrections") or []
    if not found:
        return []
    lines = ["", "## Corrections", ""]
    for c in found:
        where = f" ({escape_markdown(c['outlet'])})" if c.get("outlet") else ""
        values = c.get("fields") or {}
        setting = (
            ", setting "
            + ", ".join(f"{field_name(k)} to {value_words(k, v)}" for k, v in values.items())
            if values
            else ""
        )
        lines.append(
            f"- {escape_markdown(c['summary'])}{where}: {escape_markdown(c['action'])} by "
            f"{escape_markdown(c['by'])} on {escape_markdown(day(c['recorded_at'][:10]))}"
            f"{escape_markdown(setting)}: {escape_markdown(c['reason'])}"
        )
    return lines


def _changes(
    reports: Iterable[Mapping[str, Any]], titles: Mapping[str, str], numbers: Mapping[str, int]
) -> list[str]:
    lines = ["", "## Report by report"]
    for r in reports:
        lines += [
            "",
            f'### <a id="report-{r["id"]}"></a>{numbers[r["id"]]}\\. '
            f"{escape_markdown(r['outlet'] or r['article'])}, {escape_markdown(_published(r))}",
            "",
            _source_link(r),
            "",
        ]
        lines += [
            f"- **{change_word(c['change'])}** "
            f"{escape_markdown(titles.get(c['category'], c['category']).lower())}: "
            f"{_fact_link(c['fact_id'], c['summary'])}"
            f"{escape_markdown(change_notes(c.get('was') or {}))}"
            for c in r["changes"]
        ] or ["No facts."]
    return lines


def _evidence(
    report: Mapping[str, Any], titles: Mapping[str, str], numbers: Mapping[str, int]
) -> list[str]:
    reports = {r["id"]: r for r in report["reports"]}
    lines = ["", "## Evidence"]
    for category, title in titles.items():
        facts = [f for f in report["facts"] if f["category"] == category]
        if not facts:
            continue
        lines += ["", f"### {escape_markdown(title)}"]
        for fact in facts:
            lines += [
                "",
                f'#### <a id="{fact["id"]}"></a>{escape_markdown(fact["summary"])}',
                "",
                f"Reported by {escape_markdown(', '.join(fact['outlets']))}; first in report "
                f"{numbers[fact['first_report']]}; {counted(fact['corroboration'], 'independent outlet')}.",
            ]
            for source in fact["sources"]:
                sentence = source["sentence"]
                quoted = (
                    f"{escape_markdown(sentence['before'])}**{escape_markdown(sentence['quote'])}**"
                    f"{escape_markdown(sentence['after'])}"
                ).strip()
                report_of = reports[source["report"]]
                lines += [
                    "",
                    f"> {quoted}",
                    ">",
                    f"> Report {numbers[report_of['id']]}: "
                    f"{escape_markdown(report_of['outlet'] or report_of['article'])}, "
                    f"{escape_markdown(_published(report_of))}, {_source_link(report_of)}",
                ]
    return lines


def _fact_link(fact_id: str | None, summary: str) -> str:
    text = escape_markdown(summary)
    return f"[{text}](#{fact_id})" if fact_id else text


def _report_link(report: Mapping[str, Any], numbers: Mapping[str, int]) -> str:
    name = escape_markdown(report["outlet"] or report["article"])
    return f"[{numbers[report['id']]}\\. {name}](#report-{report['id']})"


def _source_link(report: Mapping[str, Any]) -> str:
    """The article's title (or "the article"), linked to its URL; the path if it has no URL."""
    url = report["url"] or ""
    if url.startswith(("https://", "http://")):
        name = escape_markdown(report["title"] or "the article")
        return f"[{name}](<{quote(url, safe=':/?#[]@!$&()*+,;=%~-._')}>)"
    return escape_markdown(report["title"] or report["path"] or report["url"] or report["article"])


def _published(report: Mapping[str, Any]) -> str:
    """The publication time as the command shows times (`shown`: in its zone, named), else
    as given."""
    if report.get("shown"):
        return str(report["shown"])
    return report["published"] + (" (estimated)" if report["published_estimated"] else "")
