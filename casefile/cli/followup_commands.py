"""`casefile followups`: what is due in each case and what never happened."""

from __future__ import annotations

import sys
from itertools import groupby
from typing import TYPE_CHECKING, Annotated, Any

import typer

from casefile.cli import clock, render
from casefile.cli.app import (
    AsOf,
    TableFormat,
    TextJsonCsv,
    app,
    as_of_time,
    fail,
    list_cases,
    open_reader,
    out,
    use_reading_zone,
    user_errors,
)

if TYPE_CHECKING:
    from casefile.application.followups import Followup


FormatOption = TextJsonCsv
CSV_COLUMNS = ("case", "kind", "person", "what", "date", "days", "article", "outlet", "url")


@app.command()
def followups(
    case: Annotated[
        str | None, typer.Argument(help="Case id (see `casefile cases`); every case if left out.")
    ] = None,
    as_of: AsOf = None,
    stale_days: Annotated[
        int,
        typer.Option(
            "--stale-days", min=0, help="An arrest with no charge this many days on is listed."
        ),
    ] = 14,
    open_days: Annotated[
        int,
        typer.Option(
            "--open-days", min=0, help="A charge with no disposition this many days on is listed."
        ),
    ] = 365,
    fmt: FormatOption = TableFormat.text,
) -> None:
    """What to chase: the next court date, expected charges never confirmed, arrests with no
    charge, charges with no disposition, court dates whose outcome was never reported."""
    from casefile.application.followups import followups as find_followups

    with user_errors():
        tracker = open_reader()
        if case is not None:
            if not tracker.has_case(case):
                case = tracker.current_id(case)
                if not tracker.has_case(case):
                    fail(f"no case {case!r} (see `casefile cases`)")
            case_ids = [case]
        else:
            case_ids = [summary.case_id for summary in list_cases()]
        from casefile.application.time_zone import zone

        when, days_in = as_of_time(as_of), zone(use_reading_zone())  # days in the store's zone
        found = find_followups(tracker, case_ids, when, stale_days, open_days, days_in)
        if fmt is TableFormat.json:
            out.print_json(render.dumps([f.as_dict() for f in found]))
        elif fmt is TableFormat.csv:
            write_csv(found)
        else:
            print_followups(found)


class _Escaped:
    """Standard output with any control character from data shown escaped."""

    def write(self, text: str) -> int:
        from casefile.adapters.safe_output import escape_controls

        return sys.stdout.write(escape_controls(text))


def csv_writer() -> Any:
    """A CSV writer on standard output: one line per row, control characters escaped."""
    import csv  # here: only `--format csv` writes CSV

    return csv.writer(_Escaped(), lineterminator="\n")


def write_csv(found: list[Followup]) -> None:
    writer = csv_writer()
    writer.writerow([*CSV_COLUMNS, "published", "quote"])
    for f in found:
        s = f.source
        days = "" if f.days is None else f.days
        row = [f.case_id, f.kind, f.person or "", f.what, f.date or "", days, s.article_id]
        row += [s.outlet or "", s.url or "", s.reported_at.isoformat(), s.quote]
        writer.writerow(row)


def print_followups(found: list[Followup]) -> None:
    from casefile.application.followups import TITLES

    if not found:
        out.print("Nothing to follow up.", markup=False, highlight=False)
        return
    # One print per case, not per line: each print is laid out by rich, a millisecond apiece.
    for case_id, entries in groupby(found, key=lambda f: f.case_id):
        out.print(
            f"\n[bold]{render.escape(case_id)}[/bold]" if out.is_terminal else case_id,
            highlight=False,  # the case id whole, its year not coloured apart
        )
        # Plain text, written at once where nothing is styled (a pipe, a file): rich would
        # lay each line out as styled segments first, a tenth of a long case's follow-ups.
        render.print_plain(out, "\n".join(_entry(f, TITLES) for f in entries))


def _entry(f: Followup, titles: dict[str, str]) -> str:
    when = f" {f.date}" if f.date else ""
    if f.days is not None:
        when += f" (in {_days(-f.days)})" if f.days < 0 else f" ({_days(f.days)} ago)"
        if f.days == 0:
            when = f" {f.date} (today)"
    who = f"{f.person}: " if f.person else ""
    source = f.source
    return (
        f"  {titles[f.kind]}:{when}\n    {who}{f.what}\n"
        f"    set up by {source.outlet or source.article_id}, "
        f"{clock.day(source.reported_at)} ({source.article_id}): "
        f"\u201c{clock.one_line(source.quote)}\u201d"
    )


def _days(days: int) -> str:
    return "1 day" if days == 1 else f"{days} days"
