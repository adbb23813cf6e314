"""What every `casefile` verb shares: the typer app, the consoles, the store, and user errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.segment import Segment
from typer.core import TyperGroup

from casefile.adapters.safe_output import escape_controls

if TYPE_CHECKING:
    from collections.abc import Iterable

    from typer import _click as click


class _Commands(TyperGroup):
    """The command list of the help with each command's first sentence whole (click cuts it
    to fit one line, mid-phrase); it wraps instead."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [
            (name, command.get_short_help_str(limit=1_000))
            for name in self.list_commands(ctx)
            if (command := self.get_command(ctx, name)) is not None and not command.hidden
        ]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


app = typer.Typer(
    name="casefile",
    cls=_Commands,
    help="Follow a criminal case through the news: every fact, from which article, known since when.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Help and usage errors as plain text: typer's boxed rendering loads rich's Markdown and
    # traceback modules (and their regular expressions), a third of `casefile --help`'s time.
    rich_markup_mode=None,
)


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


out = _SafeConsole(soft_wrap=True)
err = _SafeConsole(stderr=True)


class Format(StrEnum):
    text = "text"
    json = "json"


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

_db_override: str | None = None
_tz_override: str | None = None
_reading_zone: str | None = None


@app.callback()
def main(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="SQLAlchemy URL of the store (overrides CASEFILE_DB; default ./casefile.db).",
            metavar="URL",
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
) -> None:
    global _db_override, _tz_override, _reading_zone
    _db_override, _tz_override, _reading_zone = db, tz, None


def fail(message: str) -> NoReturn:
    err.print(f"Error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(1)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the errors a user can cause into one clear line and exit code 1."""
    from sqlalchemy.exc import SQLAlchemyError

    from casefile.adapters.article_files import ArticleInputError
    from casefile.adapters.cipher import CipherKeyError
    from casefile.adapters.store import StoreConfigError
    from casefile.application.errors import IngestError, UnknownArticle, UnknownCase
    from casefile.application.time_zone import TimeZoneError
    from casefile.domain.reported_time import InvalidTime

    known = (ArticleInputError, StoreConfigError, CipherKeyError, IngestError, InvalidTime)
    try:
        yield
    except (*known, TimeZoneError) as error:
        fail(str(error))
    except (UnknownCase, UnknownArticle) as error:
        fail(str(error.args[0]))
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        fail(f"cannot use the store: {reason}")
    except Exception as error:
        # The library wraps driver errors in its own classes; name them plainly too.
        from eventsourcing.persistence import MapperDeserialisationError, PersistenceError

        if isinstance(error, MapperDeserialisationError):
            fail(
                "cannot read the stored events: CASEFILE_CIPHER_KEY is missing, wrong, or set "
                "for a store that was written without one"
            )
        if isinstance(error, PersistenceError):
            fail(f"cannot use the store: {str(error).strip().splitlines()[0]}")
        raise


def list_cases():  # type: ignore[no-untyped-def]
    """The cases, from the read model alone; a new store is opened (its tables made) first."""
    from casefile.application.case_list import read_case_list

    use_reading_zone()  # the times it shows
    summaries = read_case_list(_db_override)
    return summaries if summaries is not None else open_tracker().list_cases()


def open_tracker():  # type: ignore[no-untyped-def]
    from casefile.application.tracker import CaseTracker

    use_reading_zone()
    return CaseTracker.open(_db_override)


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


def as_of_time(value: str | None):  # type: ignore[no-untyped-def]
    from casefile.application.time_zone import zone
    from casefile.domain.reported_time import as_of_bound

    return as_of_bound(value, zone(use_reading_zone())) if value else None
