"""How audits look: disagreements, revisions, and case exports (JSON, CSV, Markdown)."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape

from casefile.adapters.report_wording import fact_phrase
from casefile.adapters.safe_output import csv_cell
from casefile.cli.render import count, dumps, state_as_dict

if TYPE_CHECKING:
    # Types only: `casefile --help` must start without the store and event libraries.
    from casefile.application.audit import CaseConflicts, CaseExport, RevisionView
    from casefile.domain.audit import Claim, SlotConflict
    from casefile.domain.case import Case

# -- conflicts ------------------------------------------------------------------------------------


def _who(claim: Claim) -> str:
    outlets: list[str] = []
    for source in claim.sources:
        outlet = source.outlet or source.article_id
        if outlet not in outlets:
            outlets.append(outlet)
    return ", ".join(outlets)


def conflict_line(conflict: SlotConflict) -> str:
    values = [f"\u201c{c.value}\u201d ({_who(c)})" for c in conflict.claims]
    about = f"{conflict.field} of {conflict.subject}"
    if conflict.verdict == "refinement":
        return f"{about}: {values[0]} refines {', '.join(values[1:])}"
    return f"{about}: {' vs '.join(values)}"


def print_conflicts(console: Console, conflicts: CaseConflicts) -> None:
    # Disagreements in red, as git marks a conflict; refinements agree, in yellow like a change.
    sections = [
        ("Disagreements", [conflict_line(c) for c in conflicts.disagreements], "red"),
        (
            "Refinements (more precise values that agree)",
            [conflict_line(c) for c in conflicts.refinements],
            "yellow",
        ),
        (
            "Name variants",
            [
                f"{n.person}: "
                + "; ".join(f"\u201c{c.value}\u201d ({_who(c)})" for c in n.spellings)
                for n in conflicts.names
            ],
            None,
        ),
    ]
    for title, lines, style in sections:
        console.print(f"[bold]{title}[/bold]")
        for line in lines:
            console.print(f"  {line}", markup=False, highlight=False, style=style)
        if not lines:
            console.print("  none", highlight=False)


# -- revisions ------------------------------------------------------------------------------------


def print_revisions(console: Console, views: Sequence[RevisionView]) -> None:
    from casefile.cli import clock

    for view in views:
        revised = view.revision
        console.print(
            f"[bold]revision {view.number}[/bold]  published "
            f"{escape(clock.reported(revised.published_raw, revised.reported_at, revised.reported_estimated))}  "
            f"recorded {clock.shown(revised.timestamp)}  ({revised.revision[:12]})",
            highlight=False,
        )
        if view.number == 1:
            console.print(
                f"  first text: {count(len(view.sentences), 'sentence')}", highlight=False
            )
        else:
            for change in view.sentences:
                mark, style = ("-", "red") if change.change == "removed" else ("+", "green")
                console.print(
                    f"  {mark} {change.sentence}", markup=False, highlight=False, style=style
                )
            if not view.sentences:
                console.print("  (no sentence changed)")
        if view.number > 1 and not view.facts_withdrawn and not view.facts_added:
            console.print("  no fact added or withdrawn: the same facts as before")
        for label, reports, style in (
            ("withdrew", view.facts_withdrawn, "red"),
            ("added", view.facts_added, "green"),
        ):
            for report in reports:
                fact = report.fact()
                console.print(
                    f"  {label} v{report.originator_version} {fact.kind}: {fact_phrase(fact.kind, fact.fields)}",
                    markup=False,
                    highlight=False,
                    style=style,
                )


# -- exports ----------------------------------------------------------------------------------------


def report_row(export: CaseExport, event: Case.FactReported) -> dict[str, Any]:
    fact = event.fact()
    return {
        "version": event.originator_version,
        "type": fact.kind,
        "standing": export.standing_of(event.originator_version),
        "fact": fact.fields,
        "article": event.article_id,
        "revision": event.revision,
        "outlet": event.outlet,
        "url": event.url,
        "reported_at": event.reported_at.isoformat(),
        "recorded_at": event.timestamp.isoformat(),
        "evidence": fact.evidence.as_dict(),
    }


def correction_row(event: Case.Correction) -> dict[str, Any]:
    from casefile.domain.case import Case

    row: dict[str, Any] = {
        "version": event.originator_version,
        "type": type(event).__name__,
        "by": event.by,
        "reason": event.reason,
        "recorded_at": event.timestamp.isoformat(),
    }
    if isinstance(event, Case.FactsWithdrawn):
        row.update(
            fact_versions=list(event.fact_versions),
            article=event.article_id,
            revision=event.revision,
            reported_at=event.reported_at.isoformat(),
        )
    else:
        row["fact_version"] = event.fact_version  # type: ignore[attr-defined]
        if isinstance(event, Case.FactAmended):
            row["fields"] = dict(event.fields)
    return row


def export_json(export: CaseExport) -> str:
    return dumps(
        {
            **state_as_dict(export.state, export.articles),
            "events": [report_row(export, e) for e in export.reports],
            "corrections": [correction_row(e) for e in export.corrections],
            "conflicts": export.conflicts.as_dict(),
        }
    )


_CSV_COLUMNS = (
    "version",
    "type",
    "standing",
    "fact",
    "fields",
    "outlet",
    "article",
    "url",
    "reported_at",
    "recorded_at",
    "quote",
    "start",
    "end",
)


def export_csv(export: CaseExport) -> str:
    """One row per stored fact report, with its source and whether it still counts."""
    buffer = io.StringIO()
    import csv  # here: only `--format csv` writes CSV

    writer = csv.DictWriter(buffer, fieldnames=_CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in export.reports:
        fact = event.fact()
        writer.writerow(
            {
                "version": event.originator_version,
                "type": fact.kind,
                "standing": export.standing_of(event.originator_version),
                "fact": csv_cell(fact_phrase(fact.kind, fact.fields)),
                "fields": json.dumps(fact.fields, ensure_ascii=False),
                "outlet": csv_cell(event.outlet or ""),
                "article": event.article_id,
                "url": csv_cell(event.url or ""),
                "reported_at": event.reported_at.isoformat(),
                "recorded_at": event.timestamp.isoformat(),
                "quote": csv_cell(fact.evidence.quote),
                "start": fact.evidence.start,
                "end": fact.evidence.end,
            }
        )
    return buffer.getvalue()
