"""What `casefile ingest` reads and shows: files, folders and standard input, the metadata
given on the command line, each bad article told, and progress counted in bytes.

* `--published`, `--outlet`, `--url`, `--title` stand for what an article states about
  itself, over what it states (`--url` and `--title` name one article: one file, or `-`).
* `-` reads one article from standard input: text (front matter or not), or a saved HTML
  page (`--html`, or text that opens with `<!doctype html` or `<html`).
* Every article that cannot be stored is told on one line (a JSON Lines file: each bad
  line, by its number) and the others are stored; the command then exits with status 1.
* Times are read in the store's time zone (`application/time_zone.py`), recorded at the
  store's first write.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import tzinfo
from itertools import chain
from pathlib import Path

import typer

from casefile.adapters.article_files import (
    MAX_ARTICLE_BYTES,
    ArticleInputError,
    SourceArticle,
    decode_article,
    find_article_files,
    iter_results,
    no_date_message,
    read_text,
)
from casefile.cli import render, stored_json
from casefile.cli.app import err, fail, open_tracker, out, writing_zone
from casefile.domain.reported_time import ReportedTime

STDIN = "-"
# Progress is drawn (on a terminal) for two files or more, or this many bytes.
_PROGRESS_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Given:
    """What the command line says about the articles, over what they state."""

    published: str | None = None
    estimated: bool = False
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    html: bool = False

    def apply(self, article: SourceArticle, zone: tzinfo) -> SourceArticle:
        changes: dict[str, object] = {}
        if self.published:
            changes["published"] = ReportedTime.parse(
                self.published, estimated=self.estimated, zone=zone
            )
            changes["updated"] = None
        for name in ("outlet", "url", "title"):
            if getattr(self, name):
                changes[name] = getattr(self, name)
        return replace(article, **changes) if changes else article  # type: ignore[arg-type]


Item = tuple[str, SourceArticle | ArticleInputError, int]


def run(
    paths: list[Path],
    given: Given,
    *,
    case: str | None,
    verbose: bool,
    batch: int,
    follow_links: bool = False,
    new_case: bool = False,
    dry_run: bool = False,
    as_json: bool = False,
) -> None:
    from casefile.application import time_zone
    from casefile.application.ingest import ALREADY, IngestError, ingest_articles

    zone_name = writing_zone()
    zone = time_zone.zone(zone_name)
    if given.published:
        ReportedTime.parse(given.published, zone=zone)  # a bad time fails before anything
    stdin = [p for p in paths if str(p) == STDIN]
    if stdin and len(paths) > 1:
        fail("- (standard input) is read alone: give no other file with it")
    files = [] if stdin else article_files_of(paths, follow_links)
    if not stdin and not files:
        fail("no article files found (.md, .txt, .html, .jsonl)")
    one_article = stdin or (len(files) == 1 and files[0].suffix.lower() != ".jsonl")
    if (given.url or given.title) and not one_article:
        fail("--url and --title name one article: give one file (not JSON Lines), or -")
    if given.html and not stdin:
        fail("--html is for standard input (-): files are read by their extension")
    sizes = {str(f): _size(f) for f in files}
    total = sum(sizes.values())

    def articles() -> Iterator[Item]:
        results = _stdin_results(given.html, zone) if stdin else _file_results(files, zone)
        for where, result, done in results:
            if isinstance(result, SourceArticle):
                result = given.apply(result, zone)
                if result.published is None:
                    result = ArticleInputError(no_date_message(result.path))
            yield where, result, done

    # The store is opened at the first readable article: bad input leaves no store behind.
    items = articles()
    head: list[Item] = []
    for item in items:
        head.append(item)
        if not isinstance(item[1], Exception):
            break
    readable = bool(head) and not isinstance(head[-1][1], Exception)
    if case and new_case:
        fail("--case and --new-case say different things: give one")
    if dry_run:
        _dry_run(chain(head, items), case, new_case, as_json)
        return
    if readable:
        tagged = (((where, done), article) for where, article, done in chain(head, items))
        results = ingest_articles(
            open_tracker(), tagged, case, batch_articles=batch, zone=zone_name, new_case=new_case
        )
    else:
        results = (((where, done), error) for where, error, done in head)
    failed_files: set[str] = set()
    failed = attempted = 0
    stored: list[dict[str, object]] = []  # with --format json: printed as one document
    refused: list[dict[str, str]] = []
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn

    show = err.is_terminal and (len(files) > 1 or total >= _PROGRESS_BYTES)
    columns = (TextColumn("Ingesting"), BarColumn(), DownloadColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=not show) as progress:
        task = progress.add_task("Ingesting", total=total or None)
        before = {str(f): sum(sizes[str(g)] for g in files[:n]) for n, f in enumerate(files)}
        for (where, done), outcome in results:
            attempted += 1
            if isinstance(outcome, ArticleInputError | IngestError):
                failed += 1
                failed_files.add(where)
                err.print(f"Error: {outcome}", markup=False, highlight=False, soft_wrap=True)
                refused.append(stored_json.error_entry(where, outcome))
            elif isinstance(outcome, Exception):
                raise outcome
            elif as_json:
                stored.append(stored_json.ingested_article(outcome))
            else:
                out.print(render.ingest_line(outcome), markup=False, highlight=False)
                if verbose and outcome.status != ALREADY:
                    out.print(f"  {outcome.reason}", markup=False, highlight=False)
            progress.update(task, completed=before.get(where, 0) + min(done, sizes.get(where, 0)))
    if as_json:
        out.print_json(render.dumps(stored_json.ingest_document(stored, refused)))
    if failed:
        if len(files) > 1:
            stored = len(files) - len(failed_files)
            err.print(f"{len(failed_files)} of {len(files)} files failed; {stored} stored.")
        elif attempted > 1:
            err.print(f"{failed} of {attempted} articles failed; {attempted - failed} stored.")
        raise typer.Exit(1)


def _dry_run(items: Iterator[Item], case: str | None, new_case: bool, as_json: bool) -> None:
    """Say which case each article would join, and why; store nothing."""
    from casefile.application.dry_run import plan_ingest

    tagged = ((where, article) for where, article, _done in items)
    planned_articles: list[dict[str, object]] = []
    refused: list[dict[str, str]] = []
    for where, planned in plan_ingest(open_tracker(), tagged, case, new_case):
        if isinstance(planned, Exception):
            err.print(f"Error: {planned}", markup=False, highlight=False, soft_wrap=True)
            refused.append(stored_json.error_entry(where, planned))
        elif as_json:
            planned_articles.append(stored_json.planned_article(planned))
        else:
            out.print(planned.line(), markup=False, highlight=False)
            out.print(f"  {planned.reason}", markup=False, highlight=False)
    if as_json:
        document = stored_json.ingest_document(planned_articles, refused, dry_run=True)
        out.print_json(render.dumps(document))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def article_files_of(paths: list[Path], follow_links: bool) -> list[Path]:
    """The article files of `paths`; each link out of a folder left unread is said on stderr."""
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


def _file_results(files: list[Path], zone: tzinfo) -> Iterator[Item]:
    for file in files:
        try:
            for result, done in iter_results(file, zone):
                yield str(file), result, done
        except (RecursionError, MemoryError) as error:
            # A file no check foresaw: its own line; the files after it are read.
            why = "nested too deeply" if isinstance(error, RecursionError) else "too large"
            yield str(file), ArticleInputError(f"{file}: cannot be read ({why})"), 0


def _stdin_results(html: bool, zone: tzinfo) -> Iterator[Item]:
    where = "<stdin>"
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read(MAX_ARTICLE_BYTES + 1) if stream is not None else b""
    if stream is None:
        data = sys.stdin.read(MAX_ARTICLE_BYTES + 1).encode("utf-8")
    try:
        if len(data) > MAX_ARTICLE_BYTES:
            limit = MAX_ARTICLE_BYTES // (1024 * 1024)
            raise ArticleInputError(f"{where}: too large for an article (the limit is {limit} MB)")
        raw = decode_article(where, data, source="input")
        opening = raw.lstrip()[:15].lower()
        is_html = html or opening.startswith(("<!doctype html", "<html"))
        yield where, read_text(where, raw, html=is_html, zone=zone), len(data)
    except ArticleInputError as error:
        yield where, error, len(data)
