"""The case-file verbs: ingest, cases, show, timeline, diff, history, extract."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from casefile.adapters.report_wording import fact_phrase
from casefile.cli import render
from casefile.cli.app import (
    AsOf,
    CaseId,
    ExtractFormat,
    Format,
    RecordedBefore,
    TableFormat,
    TextJsonCsv,
    TextOrJson,
    app,
    as_of_time,
    fail,
    list_cases,
    open_reader,
    open_tracker,
    out,
    user_errors,
)

FollowLinks = Annotated[
    bool,
    typer.Option(
        "--follow-links", help="Read a folder's links to files outside it (skipped otherwise)."
    ),
]


@app.command()
def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Article files or folders of them; - reads one article from standard input."
        ),
    ],
    case: Annotated[
        str | None, typer.Option("--case", help="Put every article in this case (created if new).")
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Say why each article went to its case.")
    ] = False,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication time of the articles given, over what they state: 2021-10-26 or 2021-10-26T14:33-04:00.",
        ),
    ] = None,
    published_estimated: Annotated[
        bool,
        typer.Option("--estimated", help="The --published time is an estimate (shown so)."),
    ] = False,
    outlet: Annotated[
        str | None, typer.Option("--outlet", help="Who published the articles given.")
    ] = None,
    url: Annotated[
        str | None, typer.Option("--url", help="The article's address (it identifies the article).")
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="The article's headline.")] = None,
    html: Annotated[
        bool, typer.Option("--html", help="Standard input is a saved HTML page, not text.")
    ] = False,
    follow_links: FollowLinks = False,
    new_case: Annotated[
        bool,
        typer.Option(
            "--new-case",
            help="Never join a case stored before: open new ones (the articles may group "
            "with each other).",
        ),
    ] = False,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run",
            help="Store nothing: say which case each article would join, and why.",
        ),
    ] = False,
    fmt: Annotated[
        Format,
        typer.Option("--format", help="text, or json: one document of what was stored."),
    ] = Format.text,
) -> None:
    """Store articles and the facts they report, each in its case."""
    from casefile.cli import ingest_input

    with user_errors():
        given = ingest_input.Given(published, published_estimated, outlet, url, title, html)
        ingest_input.run(
            paths,
            given,
            case=case,
            verbose=verbose,
            batch=_batch_size(),
            follow_links=follow_links,
            new_case=new_case,
            dry_run=dry_run,
            as_json=fmt is Format.json,
        )


def _batch_size() -> int:
    """Articles per transaction: `CASEFILE_INGEST_BATCH`, else the ingest default."""
    from casefile.application.ingest import BATCH_ARTICLES

    raw = os.environ.get("CASEFILE_INGEST_BATCH", "")
    if not raw:
        return BATCH_ARTICLES
    if not raw.isdigit() or int(raw) < 1:
        fail(f"CASEFILE_INGEST_BATCH must be a whole number of articles, 1 or more: {raw!r}")
    return int(raw)


@app.command()
def cases(
    fmt: TextJsonCsv = TableFormat.text,
) -> None:
    """List the cases and their articles."""
    with user_errors():
        summaries = list_cases()
        if fmt is TableFormat.json:
            out.print_json(render.dumps([s.as_dict() for s in summaries]))
        elif fmt is TableFormat.csv:
            from casefile.cli.table_csv import write_cases

            write_cases(summaries)
        elif not summaries:
            out.print("No cases yet: `casefile ingest PATH` adds some.")
        else:
            render.print_cases(out, summaries)


@app.command()
def show(
    case: CaseId,
    as_of: AsOf = None,
    recorded_before: RecordedBefore = None,
    fmt: TextJsonCsv = TableFormat.text,
) -> None:
    """The case as known now, or as known at a past time."""
    with user_errors():
        when, recorded = as_of_time(as_of), as_of_time(recorded_before)
        reader = open_reader(recorded)
        if fmt is TableFormat.json and when is None and recorded is None:
            # The case now, as its views keep it: no fold of every report of a long case.
            stored = getattr(reader, "now", reader).stored_facts(case)
            if stored is not None:
                out.print_json(render.state_json(*stored))
                return
        state = reader.state(case, when, recorded)
        articles = reader.attached_articles(case, when, recorded)
        if fmt is TableFormat.json:
            out.print_json(render.dumps(render.state_as_dict(state, articles)))
        elif fmt is TableFormat.csv:
            from casefile.cli.table_csv import write_state

            write_state(state)
        else:
            render.print_state(out, state, articles)


@app.command()
def timeline(
    case: CaseId,
    fmt: TextOrJson = Format.text,
) -> None:
    """The reporting timeline: article by article, what each one added, changed or repeated."""
    with user_errors():
        reader = open_reader()
        # As the case's views keep it, else from a fold of the case (a case not refreshed).
        stored = getattr(reader, "now", reader).stored_timeline(case, brief=fmt is Format.text)
        if fmt is Format.json:
            documents = stored if stored is not None else _timeline_json(reader, case)
            out.print_json(render.json_list(documents))
        else:
            import orjson

            briefs = stored if stored is not None else _timeline_briefs(reader, case)
            render.print_timeline(out, [orjson.loads(brief) for brief in briefs])


def _timeline_json(reader, case: str) -> list[str]:  # type: ignore[no-untyped-def]
    from casefile.application.case_reads import reporting_timeline
    from casefile.application.case_views import encode, entry_document, nested

    entries = reporting_timeline(reader, case)
    return [nested(encode(entry_document(e), indent=True), 1) for e in entries]


def _timeline_briefs(reader, case: str) -> list[str]:  # type: ignore[no-untyped-def]
    from casefile.application.case_reads import reporting_timeline
    from casefile.application.case_views import encode, entry_brief

    return [encode(entry_brief(e)) for e in reporting_timeline(reader, case)]


@app.command()
def diff(
    case: CaseId,
    start: Annotated[str, typer.Option("--from", help="Earlier time (date or date-time).")],
    end: Annotated[str, typer.Option("--to", help="Later time (date or date-time).")],
    recorded_before: RecordedBefore = None,
    fmt: TextOrJson = Format.text,
) -> None:
    """What changed in the known state of a case between two times, and which report did it."""
    from casefile.application.case_reads import changes_between

    with user_errors():
        t1, t2 = as_of_time(start), as_of_time(end)
        if t1 > t2:
            fail("--from must not be later than --to")
        recorded = as_of_time(recorded_before)
        reader = open_reader(recorded)
        changes = changes_between(reader, case, t1, t2, recorded)
        if fmt is Format.json:
            out.print_json(
                render.dumps(
                    {
                        "case": case,
                        "from": t1.isoformat(),
                        "to": t2.isoformat(),
                        "changes": [c.as_dict() for c in changes],
                    }
                )
            )
        else:
            # Only the estimated articles: a long case has thousands of others.
            estimated = render.estimated_reports(
                getattr(reader, "now", reader).estimated_articles(case)
            )
            render.print_changes(out, changes, estimated)


@app.command()
def history(
    case: CaseId,
    fmt: TextOrJson = Format.text,
) -> None:
    """Every stored event of a case, in recorded order, replayed from the store (the audit trail)."""
    from casefile.cli import history_render

    with user_errors():
        rows = history_render.history_rows(open_tracker().case_events(case))
        if fmt is Format.json:
            out.print_json(render.dumps(rows))
        else:
            history_render.print_history(out, rows)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Article files (or folders).")],
    fmt: Annotated[
        ExtractFormat, typer.Option("--format", help="jsonl (one line per article) or text.")
    ] = ExtractFormat.jsonl,
    follow_links: FollowLinks = False,
) -> None:
    """Extract facts from articles and print them; nothing is stored."""
    from rich.text import Text

    from casefile.adapters.article_files import iter_articles
    from casefile.adapters.safe_output import escape_controls
    from casefile.cli.ingest_input import article_files_of
    from casefile.extraction import extract_facts

    with user_errors():
        for file in article_files_of(files, follow_links):
            for article in iter_articles(file):
                published = article.published.local_date if article.published else None
                facts = extract_facts(article.text, published)
                if fmt is ExtractFormat.jsonl:
                    line = {"path": article.path, "events": [f.as_dict() for f in facts]}
                    sys.stdout.write(escape_controls(json.dumps(line, ensure_ascii=False)) + "\n")
                else:
                    # The path is the user's file name: shown as it is, never read as markup.
                    title = Text()
                    title.append(str(article.path), style="bold")
                    title.append(f": {render.count(len(facts), 'fact')}")
                    out.print(title, highlight=False)
                    for fact in facts:
                        out.print(
                            f"  {fact.kind}: {fact_phrase(fact.kind, fact.fields)}",
                            markup=False,
                            highlight=False,
                        )
                        out.print(
                            f"    \u201c{fact.evidence.quote}\u201d",
                            markup=False,
                            highlight=False,
                            style="dim",
                        )
