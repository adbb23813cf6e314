"""How results look on a terminal (rich tables) and to other tools (JSON)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from casefile.adapters.report_wording import fact_phrase
from casefile.cli import clock

if TYPE_CHECKING:
    # Types only: `casefile --help` must start without the store and event libraries.
    from casefile.application.ingest import IngestOutcome
    from casefile.application.tracker import CaseSummary
    from casefile.domain.case import Case
    from casefile.domain.changes import FactChange
    from casefile.domain.sources import ReportBrief, SourceRef
    from casefile.domain.state import CaseState

CATEGORY_TITLES = {
    "suspects": "Suspects",
    "arrests": "Arrests",
    "charges": "Charges",
    "bonds": "Bonds",
    "homicide_links": "Links to homicides",
    "victims": "Victims",
    "court": "Court",
    "sentences": "Sentences",
    "criminal_history": "Criminal history",
    "incidents": "Incidents",
}


# Colours as git's diff uses them, for the kind of each change (a terminal only: rich drops
# them in a pipe, with NO_COLOR set, and `--format json/csv` prints no styled text).
CHANGE_STYLES = {"added": "green", "withdrawn": "red", "changed": "yellow", "refined": "yellow"}


def print_plain(console: Console, text: str, style: str | None = None) -> None:
    """`console.print(text, markup=False, highlight=False, style=style)` on a console with
    soft wrapping: the text as it is, on its own line(s) (`print_plain_lines`)."""
    print_plain_lines(console, [(text, style)])


def print_plain_lines(console: Console, lines: Iterable[tuple[str, str | None]]) -> None:
    """`print_plain` of each (text, style) in turn. Where the console draws no styles (a
    pipe, a file), the lines are written directly, as rich would write them, and at once:
    rich would first lay each out as styled segments, a second for the ten thousand lines of
    a long case's timeline."""
    if console.color_system is not None or console.record:
        for text, style in lines:
            console.print(text, markup=False, highlight=False, style=style)
        return
    from rich._emoji_replace import _emoji_replace
    from rich.control import strip_control_codes

    from casefile.adapters.safe_output import escape_controls

    written: list[str] = []

    def write() -> None:
        # Both act character by character, and on no line feed: once on all the lines.
        console.file.write(escape_controls(strip_control_codes("".join(written))))

    for text, style in lines:
        if "\t" in text:  # rich expands tabs: printed by rich, after what came before
            write()
            written = []
            console.print(text, markup=False, highlight=False, style=style)
            continue
        if ":" in text and console._emoji:  # rich writes ":name:" as its emoji
            text = _emoji_replace(text, default_variant=console._emoji_variant)
        written.append(text + "\n")
    write()


def dumps(value: Any) -> str:
    """`value` as JSON text, indented by two, as `json.dumps(value, ensure_ascii=False,
    indent=2, default=str)` writes it. Written by orjson, in a tenth of the time (the
    standard encoder indents in Python: most of a second for a long case's `show`); the
    standard one takes what orjson refuses (an integer past 64 bits). orjson writes no float
    with an exponent below 1e-4 (0.00001, not 1e-05) and a float that is not a number as
    null (valid JSON, which NaN is not)."""
    import orjson

    # Times and dataclasses as `str` gives them (the `default`), as the standard encoder does.
    options = (
        orjson.OPT_INDENT_2
        | orjson.OPT_NON_STR_KEYS
        | orjson.OPT_PASSTHROUGH_DATETIME
        | orjson.OPT_PASSTHROUGH_DATACLASS
    )
    try:
        return orjson.dumps(value, option=options, default=str).decode()
    except TypeError:
        return json.dumps(value, ensure_ascii=False, indent=2, default=str)


def state_as_dict(state: CaseState, articles: Sequence[Case.ArticleAttached]) -> dict[str, Any]:
    from casefile.application.case_views import fact_documents
    from casefile.domain.fact_keys import CATEGORIES

    result: dict[str, Any] = {
        "case": state.case_id,
        "as_of": state.as_of.isoformat() if state.as_of else None,
    }
    for category in CATEGORIES.values():
        result[category] = []
    for category, document in fact_documents(state):
        result[category].append(document)
    result["articles"] = [article_as_dict(a) for a in articles]
    return result


def state_json(case_id: str, rows: Sequence[tuple[str, str]]) -> str:
    """What `show --format json` prints of the case now, from its views' rows: (category,
    JSON as written at depth 2) of each fact, then ("articles", JSON) of each article. The
    same text `dumps(state_as_dict(...))` writes."""
    from casefile.domain.fact_keys import CATEGORIES

    grouped: dict[str, list[str]] = {name: [] for name in [*CATEGORIES.values(), "articles"]}
    for category, document in rows:
        grouped[category].append(document)
    members = [f"  {dumps('case')}: {dumps(case_id)}", f"  {dumps('as_of')}: null"]
    for name, documents in grouped.items():
        listed = "[\n" + ",\n".join(documents) + "\n  ]" if documents else "[]"
        members.append(f"  {dumps(name)}: {listed}")
    return "{\n" + ",\n".join(members) + "\n}"


def json_list(documents: Sequence[str]) -> str:
    """The JSON list of these documents, each JSON as written at depth 1: as `dumps` writes
    the list."""
    return "[\n" + ",\n".join(documents) + "\n]" if documents else "[]"


def disputed_facts(state: CaseState) -> dict[tuple[str, tuple[Any, ...]], dict[str, list[Any]]]:
    """What the reports dispute about the person of each suspect or victim fact."""
    from casefile.application.disputes import disputed_facts as disputes

    return disputes(state)


def disputed_note(disputed: dict[str, list[Any]] | None) -> str:
    """ " (disputed: age 45 / 46)" for a fact whose person's name or age is disputed."""
    if not disputed:
        return ""
    parts = [f"{name} {' / '.join(map(str, values))}" for name, values in disputed.items()]
    return f" (disputed: {'; '.join(parts)})"


def article_as_dict(article: Case.ArticleAttached) -> dict[str, Any]:
    from casefile.application.case_views import article_document

    return article_document(article)


def ingest_line(outcome: IngestOutcome) -> str:
    """What one ingested article added, on one line."""
    from casefile.application.ingest import ALREADY

    if outcome.status == ALREADY:
        return f"{outcome.path}: already ingested (case {outcome.case_id}); nothing added"
    kinds = sorted({f.kind for f in outcome.facts})
    counts = ", ".join(f"{sum(f.kind == k for f in outcome.facts)} {k}" for k in kinds)
    into = "in" if outcome.status == "revised" else "to"  # "revised in case", "added to case"
    line = (
        f"{outcome.path}: {outcome.status} {into} case {outcome.case_id} as article "
        f"{outcome.article_id}: {count(len(outcome.facts), 'fact')} ({counts or 'none'})"
    )
    if outcome.revision_changes is not None:
        added, withdrawn = outcome.revision_changes
        if not added and not withdrawn:
            return line + "; the same facts as its earlier revision: nothing new"
        return line + f"; {added} new, {withdrawn} withdrawn since its earlier revision"
    return line


def count(n: int, noun: str) -> str:
    """`n` and the noun, singular for one: "1 fact", "3 facts"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def print_state(
    console: Console, state: CaseState, articles: Sequence[Case.ArticleAttached]
) -> None:

    when = clock.shown(state.as_of, seconds=True) if state.as_of else "now"
    estimated = estimated_reports(articles)
    title = Text()
    title.append(state.case_id, style="bold")  # whole: no digit of its year coloured apart
    title.append(f" as known at {when} ({count(len(articles), 'article')})")
    console.print(title, highlight=False)
    if not articles:
        # Said, not left as a bare title: an --as-of before the case's first report.
        nothing = "No report of this case was published by then." if state.as_of else "No report."
        console.print(nothing, highlight=False)
    from casefile.cli.plain_table import Column, print_table

    columns = [
        Column("Fact"),
        Column("Outlets", justify="right"),
        Column("Reported by"),
        Column("First reported"),
    ]
    disputed = disputed_facts(state)
    for category, title in CATEGORY_TITLES.items():
        facts = state.category(category)
        if not facts:
            continue
        rows = []
        for fact in facts:
            corroboration = fact.corroboration
            outlets = corroboration.outlets
            echoes = corroboration.same_text_as
            # Cells are the reports' own words: plain text, never read as markup.
            rows.append(
                [
                    fact_phrase(fact.kind, fact.fields)
                    + disputed_note(disputed.get((category, fact.key))),
                    str(corroboration.independent),
                    ", ".join(
                        f"{o} (same words as {echoes[o]})" if o in echoes else o for o in outlets
                    ),
                    f"{_outlet_of(corroboration.first)}, {_when(corroboration.first, estimated)}",
                ]
            )
        print_table(console, title, columns, rows)
    if articles:
        # One plain block: outlets and urls are the articles' own text, never markup.
        lines = [
            f"  {article.article_id}  {article.outlet or '-'}  "
            f"{clock.reported(article.reported_raw, article.reported_at, article.reported_estimated)}"
            f"  {article.url or article.path}"
            for article in articles
        ]
        print_plain(console, "\n".join(["Sources:", *lines]))


def estimated_reports(articles: Sequence[Case.ArticleAttached]) -> set[tuple[str, datetime]]:
    """The (article, time) of the reports whose time was estimated."""
    return {(a.article_id, a.reported_at) for a in articles if a.reported_estimated}


def _when(source: SourceRef | ReportBrief, estimated: set[tuple[str, datetime]]) -> str:
    """A report's time in the command's zone, "(estimated)" when it was."""
    mark = " (estimated)" if (source.article_id, source.reported_at) in estimated else ""
    return clock.shown(source.reported_at) + mark


def _outlet_of(source: SourceRef | ReportBrief) -> str:
    return source.outlet or source.article_id


def print_cases(console: Console, cases: Sequence[CaseSummary]) -> None:
    from casefile.cli.plain_table import Column, print_table

    columns = [
        Column("Case", no_wrap=True),
        Column("Articles", justify="right"),
        Column("First report"),
        Column("Last report"),
        Column("Outlets"),
    ]
    rows = [
        [
            case.case_id,
            str(len(case.articles)),
            _row_time(case, case.articles[0]),
            _row_time(case, case.articles[-1]),
            ", ".join(sorted({row.outlet or "-" for row in case.articles})),
        ]
        for case in cases
    ]
    print_table(console, "Cases", columns, rows)


def with_shown_times(report: dict[str, Any]) -> dict[str, Any]:
    """A built report with its times for a reader, in the command's zone, named, and
    "(estimated)" where estimated: `shown` on each report, with the `day` it falls on there
    (for grouping), and `as_of_shown`."""
    for entry in report["reports"]:
        at = datetime.fromisoformat(entry["reported_at"])
        raw = entry["published"]
        entry["shown"] = clock.friendly_reported(raw, at, entry["published_estimated"])
        entry["day"] = clock.local_day(raw, at)
    if report.get("as_of"):
        report["as_of_shown"] = clock.friendly(report["as_of"])
    return report


def _row_time(case: CaseSummary, row: Any) -> str:
    at = datetime.fromisoformat(row.reported_at)
    return clock.reported(row.published, at, case.is_estimated(row))


def change_line(change: FactChange) -> str:
    from casefile.application.case_views import change_brief

    return _change_text(*change_brief(change))


def change_line_of(brief: Sequence[Any]) -> str:
    """`change_line` of a change as the timeline keeps it (`case_views.change_brief`)."""
    return _change_text(*brief)


def _change_text(
    change: str, category: str, kind: str, fields: dict[str, Any], was: dict, newly: list[str]
) -> str:
    title = CATEGORY_TITLES[category].lower()
    text = f"{change:<9} {title}: {fact_phrase(kind, fields)}"
    notes = [f"{name.replace('_', ' ')} was {old}" for name, old in was.items()]
    if newly:
        notes.append("newly stated: " + ", ".join(n.replace("_", " ") for n in newly))
    return text + (f" ({'; '.join(notes)})" if notes else "")


def print_changes(
    console: Console,
    changes: Sequence[FactChange],
    estimated: set[tuple[str, datetime]] | None = None,
) -> None:
    if not changes:
        console.print("No change.")
    for change in changes:
        print_plain(console, change_line(change), CHANGE_STYLES.get(change.change))
        for source, fields in _causes(change):
            said = f" ({', '.join(fields)})" if fields else ""
            print_plain(
                console,
                f"          by {_outlet_of(source)}{said}, {_when(source, estimated or set())}: "
                f"\u201c{clock.one_line(source.quote)}\u201d",
                "dim",
            )


def _causes(change: FactChange) -> list[tuple[SourceRef, list[str]]]:
    """The reports behind a change: each one that stated a new value (with which), else the first."""
    stated: dict[int, tuple[SourceRef, list[str]]] = {}
    for name, source in change.stated_by().items():
        stated.setdefault(source.version, (source, []))[1].append(name.replace("_", " "))
    if stated:
        return sorted(stated.values(), key=lambda item: item[0].reported_at)
    return [(source, []) for source in change.by[:1]]


def print_timeline(console: Console, entries: Sequence[Sequence[Any]]) -> None:
    """The timeline of entries as the case's views keep them (`case_views.entry_brief`:
    the article's document and each change's brief)."""
    lines = _timeline_lines(entries)
    if console.color_system is None:  # the same text, unstyled, written at once
        print_plain_lines(console, ((text, style) for text, style, _ in lines))
        return
    for text, style, heading in lines:
        if heading is not None:
            console.print(heading, highlight=False)
        else:
            print_plain(console, text, style)


def _timeline_lines(
    entries: Sequence[Sequence[Any]],
) -> Iterator[tuple[str, str | None, str | None]]:
    """The timeline's lines as (text, style, the text as rich markup for an article's
    heading, which is bold on a terminal; None for the other lines)."""
    seen: set[str] = set()  # articles shown already (a later entry is another revision)
    for article, changes in entries:
        at = datetime.fromisoformat(article["reported_at"])
        when = clock.reported(article["published"], at, article["published_estimated"])
        outlet = article["outlet"] or "-"
        article_id = article["article"]
        heading = f"[bold]{escape(when)}  {escape(outlet)}[/bold]  article {article_id}"
        yield f"{when}  {outlet}  article {article_id}", None, heading
        yield f"  {article['url'] or article['path']}", "dim", None
        for change in changes:
            yield "  " + change_line_of(change), CHANGE_STYLES.get(change[0]), None
        if not changes and article_id in seen:
            yield "  (nothing new: the facts of this article's earlier revision)", None, None
        elif not changes:
            yield "  (no facts)", None, None
        seen.add(article_id)
