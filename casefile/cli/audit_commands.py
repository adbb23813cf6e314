"""The audit verbs: conflicts, retract, amend, revisions, export."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from casefile.cli import audit_render, render
from casefile.cli.app import (
    AsOf,
    CaseId,
    Format,
    RecordedBefore,
    TextOrJson,
    app,
    as_of_time,
    fail,
    open_tracker,
    out,
    user_errors,
)

By = Annotated[
    str,
    typer.Option("--by", help="Who makes the correction (default: your user name)."),
]
Reason = Annotated[str, typer.Option("--reason", help="Why: kept with the correction.")]


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    md = "md"


@contextmanager
def audit_errors() -> Iterator[None]:
    """The store's and the user's errors as one clear line (see `user_errors`)."""
    from casefile.application.audit import AuditError

    with user_errors():
        try:
            yield
        except AuditError as error:
            fail(str(error))


@app.command()
def conflicts(
    case: CaseId,
    as_of: AsOf = None,
    recorded_before: RecordedBefore = None,
    fmt: TextOrJson = Format.text,
) -> None:
    """Where sources disagree, where one only refines another, and how they spell names."""
    from casefile.application.audit import case_conflicts

    with audit_errors():
        found = case_conflicts(open_tracker(), case, as_of_time(as_of), as_of_time(recorded_before))
        if fmt is Format.json:
            out.print_json(render.dumps(found.as_dict()))
        else:
            audit_render.print_conflicts(out, found)


@app.command()
def retract(
    case: CaseId,
    version: Annotated[int, typer.Argument(help="The fact's event version (see `history`).")],
    reason: Reason,
    by: By = "",
    fmt: TextOrJson = Format.text,
) -> None:
    """Retract a stored fact: it stops counting; the report and the retraction stay on file."""
    from casefile.application.audit import retract_fact

    with audit_errors():
        tracker = open_tracker()
        event = retract_fact(tracker, case, version, by=by or getpass.getuser(), reason=reason)
        if fmt is Format.json:
            _print_correction(tracker, case, "retract", version, event)
            return
        out.print(
            f"Retracted fact v{version} of {case} (event v{event.originator_version}, by {event.by}).",
            markup=False,
            highlight=False,
        )


@app.command()
def amend(
    case: CaseId,
    version: Annotated[int, typer.Argument(help="The fact's event version (see `history`).")],
    reason: Reason,
    values: Annotated[
        list[str],
        typer.Option("--set", help="FIELD=VALUE to correct (repeatable; VALUE none clears it)."),
    ],
    by: By = "",
    fmt: TextOrJson = Format.text,
) -> None:
    """Amend fields of a stored fact; the original report stays on file."""
    from casefile.application.audit import amend_fact

    changes: dict[str, str] = {}
    for value in values:
        name, sep, given = value.partition("=")
        if not sep or not name.strip():
            fail(f"--set takes FIELD=VALUE, not {value!r}")
        changes[name.strip()] = given
    with audit_errors():
        tracker = open_tracker()
        event = amend_fact(
            tracker, case, version, changes, by=by or getpass.getuser(), reason=reason
        )
        if fmt is Format.json:
            _print_correction(tracker, case, "amend", version, event, fields=dict(event.fields))
            return
        shown = ", ".join(f"{k} = {v}" for k, v in event.fields.items())
        out.print(
            f"Amended fact v{version} of {case}: {shown} (event v{event.originator_version}, by {event.by}).",
            markup=False,
            highlight=False,
        )


def _print_correction(
    tracker: Any, case: str, action: str, version: int, event: Any, **more: Any
) -> None:
    """`retract`/`amend --format json`: the case, the fact corrected, and the event stored."""
    from casefile.cli.stored_json import correction_event

    document = {
        "action": action,
        "case": tracker.current_id(case),
        "fact_version": version,
        **more,
        "event": correction_event(event),
    }
    out.print_json(render.dumps(document))


@app.command()
def revisions(
    article: Annotated[str, typer.Argument(help="Article id (see `show` or `cases`).")],
    fmt: TextOrJson = Format.text,
) -> None:
    """The stored revisions of an article: sentences changed, facts withdrawn and added."""
    from casefile.application.audit import article_revisions

    with audit_errors():
        views = article_revisions(open_tracker(), article)
        if fmt is Format.json:
            out.print_json(
                render.dumps({"article": article, "revisions": [v.as_dict() for v in views]})
            )
        else:
            audit_render.print_revisions(out, views)


@app.command()
def export(
    case: CaseId,
    fmt: Annotated[ExportFormat, typer.Option("--format", help="json, csv or md.")],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="The file to write (only this file); default: print."),
    ] = None,
    as_of: AsOf = None,
    recorded_before: RecordedBefore = None,
) -> None:
    """Export a case: its facts and every stored report with its source (json, csv) or a readable report (md)."""
    from casefile.adapters.report_markdown import render_markdown
    from casefile.adapters.report_wording import fact_phrase
    from casefile.adapters.safe_output import UnsafeOutputError, escape_controls, write_output
    from casefile.application.audit import case_export
    from casefile.application.report import NothingReported, build_report

    with audit_errors():
        tracker, when, recorded = open_tracker(), as_of_time(as_of), as_of_time(recorded_before)
        if fmt is ExportFormat.md:
            # The readable case report: the same one `casefile report --format md` prints.
            try:
                report = build_report(tracker, case, fact_phrase, when, recorded)
            except NothingReported as error:
                fail(str(error))
            content = render_markdown(render.with_shown_times(report), render.CATEGORY_TITLES)
        else:
            data = case_export(tracker, case, when, recorded)
            content = (
                audit_render.export_json if fmt is ExportFormat.json else audit_render.export_csv
            )(data)
        if output is None:
            typer.echo(escape_controls(content), nl=False)
        else:
            try:
                write_output(output, content)
            except UnsafeOutputError as error:
                fail(str(error))
            out.print(f"Wrote {output}", markup=False, highlight=False)
