"""The `report` verb: the case as a page people would rather look at than read."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from casefile.cli import render
from casefile.cli.app import AsOf, CaseId, app, as_of_time, fail, open_tracker, user_errors


class ReportFormat(StrEnum):
    md = "md"


@app.command()
def report(
    case: CaseId,
    html: Annotated[
        Path | None,
        typer.Option(
            "--html",
            help="Write the report as one self-contained HTML page to this file.",
            metavar="FILE",
        ),
    ] = None,
    fmt: Annotated[
        ReportFormat | None,
        typer.Option("--format", help="md: print the report as Markdown."),
    ] = None,
    as_of: AsOf = None,
) -> None:
    """A report of a case: timeline, state, disagreements, changes and evidence."""
    from casefile.adapters.report_html import render_html
    from casefile.adapters.report_markdown import render_markdown
    from casefile.adapters.report_wording import fact_phrase
    from casefile.adapters.safe_output import UnsafeOutputError, escape_controls, write_output
    from casefile.application.report import NothingReported, build_report

    if html is None and fmt is None:
        fail("say what to make: --html FILE for the page, or --format md for Markdown")
    with user_errors():
        try:
            built = build_report(open_tracker(), case, fact_phrase, as_of_time(as_of))
            content = render.with_shown_times(built)
        except NothingReported as error:
            fail(str(error))
        if html is not None:
            try:
                write_output(html, render_html(content, render.CATEGORY_TITLES))
            except UnsafeOutputError as error:
                fail(str(error))
        if fmt is ReportFormat.md:
            sys.stdout.write(escape_controls(render_markdown(content, render.CATEGORY_TITLES)))
