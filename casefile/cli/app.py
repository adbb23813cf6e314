"""What every `casefile` verb shares: the typer app, the consoles, the store, and user errors.

How the app runs a verb (the one a run invokes built alone, `--db` after the verb, the
help's sections, the exit without teardown) is `command.py`'s."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.segment import Segment

from casefile.adapters.safe_output import escape_controls
from casefile.cli import help_format
from casefile.cli.command import Casefile, Commands

if TYPE_CHECKING:
    from collections.abc import Iterable


app = Casefile(
    name="casefile",
    cls=Commands,
    help="Follow a criminal case through the news: every fact, from which article, known since when.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Help and usage errors as plain text: typer's boxed rendering loads rich's Markdown and
    # traceback modules (and their regular expressions), a third of `casefile --help`'s time.
    rich_markup_mode=None,
)
help_format.install()


class _SafeConsole(Console):
    """A console that never writes a control character from data: whatever a verb prints
    (stored outlets, titles, quotes, file names in errors), an ESC or other control character
    is shown as `\\u001b`, so a stored text cannot clear the screen or retitle the window.
    The console's own styles and cursor moves (control segments) are written as they are."""

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        return super()._render_buffer(
            segment if segment.control else Segment(escape_controls(segment.text), segment.style)
            for segment in buffer
        )

    def print_json(self, json: str | None = None, **_ignored: object) -> None:  # type: ignore[override]
        """JSON exactly as the verb dumped it, never coloured: `--format json` is for a
        program, even on a terminal. Written directly: rich would re-indent and highlight it,
        laying the text out as styled segments first, which takes a case's large document
        tens of seconds."""
        self.file.write(escape_controls(json or "") + "\n")


# No emoji codes: a stored text's ":knife:" is printed as it is, not as a picture (and rich's
# table of codes is not loaded for it).
out = _SafeConsole(soft_wrap=True, emoji=False)
err = _SafeConsole(stderr=True, emoji=False)


class Format(StrEnum):
    text = "text"
    json = "json"


class TableFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    text = "text"


# Options several verbs share, declared once so they read and behave the same everywhere.
CaseId = Annotated[str, typer.Argument(help="Case id (see `casefile cases`).")]
AsOf = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Only what was reported by then: 2021-10-26 (end of day) or 2021-10-26T12:00-04:00.",
    ),
]
# The recorded axis: what the case file itself held then (corrections made later left out).
RecordedBefore = Annotated[
    str | None,
    typer.Option(
        "--recorded-before",
        help="The case file as it stood then: only what was stored by then (a date means its end).",
    ),
]
TextOrJson = Annotated[Format, typer.Option("--format", help="text or json.")]
TextJsonCsv = Annotated[TableFormat, typer.Option("--format", help="text, json or csv.")]

_db_override: str | None = None
_tz_override: str | None = None
_reading_zone: str | None = None


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        out.print(f"casefile {version('casefile')}", markup=False, highlight=False)
        raise typer.Exit()


@app.callback()
def main(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="The store: a SQLite file (casefile.db) or an SQLAlchemy URL "
            "(postgresql://...); before or after the verb. Overrides CASEFILE_DB; "
            "default ./casefile.db.",
            metavar="PATH|URL",
        ),
    ] = None,
    tz: Annotated[
        str | None,
        typer.Option(
            "--tz",
            help=(
                "Time zone (IANA name, e.g. America/New_York) for dates without a time, times "
                "without an offset, and times shown (overrides CASEFILE_TZ; default the "
                "store's recorded zone, else this machine's)."
            ),
            metavar="ZONE",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    global _db_override, _tz_override, _reading_zone
    _db_override, _tz_override, _reading_zone = db, tz, None


def fail(message: str) -> NoReturn:
    err.print(f"Error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(1)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the errors a user can cause into one clear line and exit code 1."""
    try:
        yield
    except typer.Exit:
        raise
    except Exception as error:
        # The error classes are imported only now: a verb that reads without SQLAlchemy or
        # the event library must not load them just to name their errors.
        _fail_if_known(error)
        raise


def _fail_if_known(error: Exception) -> None:
    """`fail` with a user's error's one line, if `error` is one; else nothing."""
    from casefile.adapters.article_files import ArticleInputError
    from casefile.adapters.cipher import CipherKeyError
    from casefile.adapters.store import StoreConfigError
    from casefile.application.errors import IngestError, NoStore, UnknownArticle, UnknownCase
    from casefile.application.time_zone import TimeZoneError
    from casefile.domain.reported_time import InvalidTime

    known = (ArticleInputError, StoreConfigError, CipherKeyError, IngestError, InvalidTime)
    if isinstance(error, (*known, TimeZoneError)):
        fail(str(error))
    if isinstance(error, UnknownCase | UnknownArticle | NoStore):
        fail(str(error.args[0]))
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(error, SQLAlchemyError):
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        fail(f"cannot use the store: {reason}")
    # The library wraps driver errors in its own classes; name them plainly too.
    from eventsourcing.persistence import MapperDeserialisationError, PersistenceError

    if isinstance(error, MapperDeserialisationError):
        fail(
            "cannot read the stored events: CASEFILE_CIPHER_KEY is missing, wrong, or set "
            "for a store that was written without one"
        )
    if isinstance(error, PersistenceError):
        fail(f"cannot use the store: {str(error).strip().splitlines()[0]}")


def list_cases():  # type: ignore[no-untyped-def]
    """The cases, from the read model alone; a new store is opened (its tables made) first."""
    from casefile.application.case_list import read_case_list

    _store_must_exist()
    use_reading_zone()  # the times it shows
    summaries = read_case_list(_db_override)
    return summaries if summaries is not None else open_tracker().list_cases()


def db_url() -> str | None:
    """The store URL given with `--db`, if any (else CASEFILE_DB, else ./casefile.db)."""
    return _db_override


def open_tracker():  # type: ignore[no-untyped-def]
    from casefile.application.time_zone import requested
    from casefile.application.tracker import CaseTracker

    requested(_tz_override)  # an unknown zone is told before a missing store
    _store_must_exist()
    use_reading_zone()
    return CaseTracker.open(_db_override)


def open_reader(recorded: object = None):  # type: ignore[no-untyped-def]
    """What a read verb reads a case now in the case file with: on a plain SQLite store, the
    fact index read with `sqlite3` (`case_reads.CaseReads`, neither SQLAlchemy nor the event
    library loaded); on any other store, or for the case file at an earlier recorded time
    (`recorded`), the tracker."""
    if recorded is None:
        from casefile.adapters.plain_index import open_index
        from casefile.application.time_zone import requested

        requested(_tz_override)  # an unknown zone is told before a missing store
        index = open_index(_db_override)
        if index is not None:
            from casefile.application.case_reads import CaseReads

            use_reading_zone()
            return CaseReads(index)
    return open_tracker()


def use_reading_zone() -> str:
    """The zone a reading command reads `--as-of` in and shows times in (see
    `application/time_zone.py`), set for printing."""
    global _reading_zone
    if _reading_zone is None:
        from casefile.application.time_zone import for_reading, zone
        from casefile.cli import clock

        _reading_zone = for_reading(_tz_override, _db_override)
        clock.use_zone(zone(_reading_zone))
    return _reading_zone


def writing_zone() -> str:
    """The zone an ingest reads its articles in: the store's (another asked for is refused)."""
    global _reading_zone
    from casefile.application.time_zone import for_writing, zone
    from casefile.cli import clock

    _reading_zone = for_writing(_tz_override, _db_override)
    clock.use_zone(zone(_reading_zone))
    return _reading_zone


# The verbs that may make a new store; any other verb that finds none says so and stops.
CREATING_VERBS = frozenset({"ingest"})


def _store_must_exist() -> None:
    from typer._click.globals import get_current_context

    from casefile.adapters.plain_reads import plain_sqlite_file

    if plain_sqlite_file(_db_override) is not None:
        return  # a SQLite file that is there (told without loading SQLAlchemy)

    from casefile.adapters.store import store_exists, store_url
    from casefile.application.errors import NoStore

    context = get_current_context(silent=True)
    if context is not None and context.info_name in CREATING_VERBS:
        return
    url = store_url(_db_override)
    if not store_exists(url):
        raise NoStore(url)


def as_of_time(value: str | None):  # type: ignore[no-untyped-def]
    from casefile.application.time_zone import zone
    from casefile.domain.reported_time import as_of_bound

    return as_of_bound(value, zone(use_reading_zone())) if value else None
