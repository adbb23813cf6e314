"""`casefile search TEXT`: people, charges and places across every case."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from casefile.cli import clock, render
from casefile.cli.app import app, db_url, out, user_errors
from casefile.cli.followup_commands import FormatOption, TableFormat, csv_writer

if TYPE_CHECKING:
    from casefile.application.search import SearchHit


CSV_COLUMNS = ("case", "kind", "value", "variants", "fact", "article", "outlet", "url", "published")
CSV_COLUMNS += ("quote",)


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words of a name, a charge or a place.")],
    fmt: FormatOption = TableFormat.text,
) -> None:
    """Find a person (any spelling), a charge or a place in every case, with its reports."""
    from casefile.application.search import search as find

    with user_errors():
        hits = find(text, db_url())
        if fmt is TableFormat.json:
            out.print_json(render.dumps([hit.as_dict() for hit in hits]))
        elif fmt is TableFormat.csv:
            _write_csv(hits)
        elif not hits:
            out.print(f"Nothing found for {text!r}.", markup=False, highlight=False)
        else:
            _print_hits(hits)


def _write_csv(hits: list[SearchHit]) -> None:
    writer = csv_writer()
    writer.writerow(CSV_COLUMNS)
    for hit in hits:
        for s in hit.sources:
            row = [hit.case_id, hit.kind, hit.value, "; ".join(hit.variants), s["fact"]]
            row += [s["article"], s["outlet"] or "", s["url"] or "", s["reported_at"], s["quote"]]
            writer.writerow(row)


def _print_hits(hits: list[SearchHit]) -> None:
    case_id = None
    for hit in hits:
        if hit.case_id != case_id:
            case_id = hit.case_id
            out.print(
                f"\n[bold]{render.escape(case_id)}[/bold]" if out.is_terminal else case_id,
                highlight=False,  # the case id whole, its year not coloured apart
            )
        others = [v for v in hit.variants if v != hit.value]
        also = f" (also {', '.join(others)})" if others else ""
        count = len({s["article"] for s in hit.sources})
        reports = "1 report" if count == 1 else f"{count} reports"
        lines = [f"  {hit.kind}: {hit.value}{also}, {reports}"]
        seen: set[str] = set()
        for s in hit.sources:
            if s["article"] in seen:
                continue
            seen.add(s["article"])
            lines.append(
                f"    {s['outlet'] or s['article']}, {clock.day(s['reported_at'])} "
                f"({s['article']}): \u201c{clock.one_line(s['quote'])}\u201d"
            )
        out.print("\n".join(lines), markup=False, highlight=False)
