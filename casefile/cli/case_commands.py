"""The case-file verbs: ingest, cases, show, timeline, diff, history, extract."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from casefile.cli import render

if TYPE_CHECKING:
    from casefile.adapters.article_files import SourceArticle
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
    err,
    fail,
    list_cases,
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
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders of them.")],
    case: Annotated[
        str | None, typer.Option("--case", help="Put every article in this case (created if new).")
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Say why each article went to its case.")
    ] = False,
    follow_links: FollowLinks = False,
) -> None:
    """Store articles and the facts they report, each in its case."""
    # Imported here, not at start-up: only this verb draws a progress bar.
    from rich.progress import Progress

    from casefile.adapters.article_files import ArticleInputError, iter_articles
    from casefile.application.ingest import ALREADY, IngestError, ingest_articles

    with user_errors():
        files = _article_files(paths, follow_links)
        if not files:
            fail("no article files found (.md, .txt, .html, .jsonl)")
        batch = _batch_size()
        position = {file: n for n, file in enumerate(files)}

        def articles() -> Iterator[tuple[Path, SourceArticle | Exception]]:
            for file in files:
                try:
                    for article in iter_articles(file):
                        yield file, article
                except ArticleInputError as error:
                    yield file, error
                except (RecursionError, MemoryError) as error:
                    # A file no check foresaw: its own line; the files after it are read.
                    why = "nested too deeply" if isinstance(error, RecursionError) else "too large"
                    yield file, ArticleInputError(f"{file}: cannot be read ({why})")

        # The store is opened at the first readable article: bad input leaves no store behind.
        items = articles()
        head: list[tuple[Path, SourceArticle | Exception]] = []
        for item in items:
            head.append(item)
            if not isinstance(item[1], Exception):
                break
        readable = head and not isinstance(head[-1][1], Exception)
        results = (
            ingest_articles(open_tracker(), chain(head, items), case, batch_articles=batch)
            if readable
            else iter(head)
        )
        failed: set[Path] = set()
        with Progress(
            console=err, transient=True, disable=len(files) < 2 or not err.is_terminal
        ) as progress:
            task = progress.add_task("Ingesting", total=len(files))
            for file, outcome in results:
                if isinstance(outcome, ArticleInputError | IngestError):
                    failed.add(file)
                    err.print(f"Error: {outcome}", markup=False, highlight=False, soft_wrap=True)
                elif isinstance(outcome, Exception):
                    raise outcome
                else:
                    out.print(render.ingest_line(outcome), markup=False, highlight=False)
                    if verbose and outcome.status != ALREADY:
                        out.print(f"  {outcome.reason}", markup=False, highlight=False)
                progress.update(task, completed=position[file])
        if failed:
            if len(files) > 1:
                stored = len(files) - len(failed)
                err.print(f"{len(failed)} of {len(files)} files failed; {stored} stored.")
            raise typer.Exit(1)


def _article_files(paths: list[Path], follow_links: bool) -> list[Path]:
    """The article files of `paths`; each link out of a folder left unread is said on stderr."""
    from casefile.adapters.article_files import find_article_files

    skipped: list[Path] = []
    files = find_article_files(paths, follow_links=follow_links, skipped=skipped)
    for link in skipped:
        err.print(
            f"Skipped {link}: a link to a file outside its folder (--follow-links reads it)",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
    return files


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
        tracker = open_tracker()
        state = tracker.state(case, when, recorded)
        articles = tracker.attached_articles(case, when, recorded)
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
    from casefile.application.tracker import reporting_timeline

    with user_errors():
        entries = reporting_timeline(open_tracker(), case)
        if fmt is Format.json:
            out.print_json(
                render.dumps(
                    [
                        {
                            "article": render.article_as_dict(e.article),
                            "changes": [c.as_dict() for c in e.changes],
                        }
                        for e in entries
                    ]
                )
            )
        else:
            render.print_timeline(out, entries)


@app.command()
def diff(
    case: CaseId,
    start: Annotated[str, typer.Option("--from", help="Earlier time (date or date-time).")],
    end: Annotated[str, typer.Option("--to", help="Later time (date or date-time).")],
    recorded_before: RecordedBefore = None,
    fmt: TextOrJson = Format.text,
) -> None:
    """What changed in the known state of a case between two times, and which report did it."""
    from casefile.application.tracker import changes_between

    with user_errors():
        t1, t2 = as_of_time(start), as_of_time(end)
        if t1 > t2:
            fail("--from must not be later than --to")
        changes = changes_between(open_tracker(), case, t1, t2, as_of_time(recorded_before))
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
            render.print_changes(out, changes)


@app.command()
def history(
    case: CaseId,
    fmt: TextOrJson = Format.text,
) -> None:
    """Every stored event of a case, in recorded order, replayed from the store (the audit trail)."""
    with user_errors():
        rows = render.history_rows(open_tracker().case_events(case))
        if fmt is Format.json:
            out.print_json(render.dumps(rows))
        else:
            render.print_history(out, rows)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Article files (or folders).")],
    fmt: Annotated[
        ExtractFormat, typer.Option("--format", help="jsonl (one line per article) or text.")
    ] = ExtractFormat.jsonl,
    follow_links: FollowLinks = False,
) -> None:
    """Extract facts from articles and print them; nothing is stored."""
    from casefile.adapters.article_files import iter_articles
    from casefile.adapters.safe_output import escape_controls
    from casefile.extraction import extract_facts

    with user_errors():
        for file in _article_files(files, follow_links):
            for article in iter_articles(file):
                published = article.published.local_date if article.published else None
                facts = extract_facts(article.text, published)
                if fmt is ExtractFormat.jsonl:
                    line = {"path": article.path, "events": [f.as_dict() for f in facts]}
                    sys.stdout.write(escape_controls(json.dumps(line, ensure_ascii=False)) + "\n")
                else:
                    out.print(f"[bold]{article.path}[/bold]: {render.count(len(facts), 'fact')}")
                    for fact in facts:
                        out.print(
                            f"  {fact.kind}: {render.fact_summary(fact.kind, fact.fields)}",
                            markup=False,
                            highlight=False,
                        )
                        out.print(
                            f"    \u201c{fact.evidence.quote}\u201d",
                            markup=False,
                            highlight=False,
                            style="dim",
                        )
