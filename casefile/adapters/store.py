"""Where the event store lives: `CASEFILE_DB` (an SQLAlchemy URL), else a SQLite file here.

The `eventsourcing` library reads its configuration from an environment mapping; this module
turns the user's one setting into that mapping and rejects bad URLs before anything is written.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import NullPool, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

from casefile.adapters.cipher import cipher_key, events_cipher_env

DEFAULT_DB_FILE = "casefile.db"
_PERSISTENCE_MODULE = "casefile.adapters.event_recorder:CasefileFactory"
# The library's JSON format, written with orjson (`transcoder.py`).
_TRANSCODER_TOPIC = "casefile.adapters.transcoder:OrjsonTranscoder"
# PostgreSQL advisory locks: writers choosing where an article goes take the first in turn;
# processes creating the tables, the second.
_WRITE_LOCK_KEY = 0x636173656669  # "casefi"
_SCHEMA_LOCK_KEY = _WRITE_LOCK_KEY + 1
# SQLite copies its write-ahead log into the database file (a checkpoint) once the log holds
# this many pages. At the default, 1,000, a store of archive size checkpoints after every
# ingest batch, whose rows land on some 2,500 pages all over the indexes; once per 16,384
# pages (64 MB of log), a page that several batches changed is copied once. Each commit is
# on disk in the log either way.
CHECKPOINT_PAGES = 16384


class StoreConfigError(ValueError):
    """The store URL cannot be used."""


def store_url(explicit: str | None = None) -> str:
    """The SQLAlchemy URL to use: the explicit one, else `CASEFILE_DB`, else ./casefile.db."""
    raw = explicit or os.environ.get("CASEFILE_DB") or ""
    if not raw:
        return f"sqlite:///{Path.cwd() / DEFAULT_DB_FILE}"
    return normalise_url(raw)


def normalise_url(raw: str) -> str:
    if "://" not in raw:  # a plain path: a SQLite file
        raw = f"sqlite:///{Path(raw).expanduser().absolute()}"
    try:
        url = make_url(raw)
    except ArgumentError:
        raise StoreConfigError(f"CASEFILE_DB is not an SQLAlchemy URL: {raw!r}") from None
    backend = url.get_backend_name()
    if backend == "postgresql" and url.drivername == "postgresql":
        # SQLAlchemy would pick psycopg2, which is not installed; psycopg 3 is.
        url = url.set(drivername="postgresql+psycopg")
    if backend == "postgresql" and "connect_timeout" not in url.query:
        # An unreachable server fails in seconds instead of hanging.
        url = url.update_query_dict({"connect_timeout": "10"})
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise StoreConfigError("an in-memory SQLite store would lose everything on exit")
        parent = Path(url.database).expanduser().resolve().parent
        if not parent.is_dir():
            raise StoreConfigError(f"no such folder for the SQLite file: {parent}")
    elif backend != "postgresql":
        raise StoreConfigError(f"unsupported database {backend!r}: use sqlite or postgresql")
    return url.render_as_string(hide_password=False)


def eventsourcing_env(url: str) -> dict[str, str]:
    """The `eventsourcing` settings for a store at `url`, encrypted if a key is configured."""
    url = _waiting(url)
    # The plugin's factory, with a recorder that inserts a save's events in one statement.
    env = {
        "PERSISTENCE_MODULE": _PERSISTENCE_MODULE,
        "TRANSCODER_TOPIC": _TRANSCODER_TOPIC,
        "SQLALCHEMY_URL": url,
    }
    key = cipher_key()
    return {**env, **events_cipher_env(key)} if key else env


def _waiting(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and "timeout" not in parsed.query:
        # A second writer waits up to 15 s for the file lock, then fails with "database is locked".
        url = parsed.update_query_dict({"timeout": "15"}).render_as_string(hide_password=False)
    return url


def tune_connections(engine: Engine) -> None:
    """Settings for every connection of `engine` to a SQLite store (the checkpoint interval),
    those it has open included."""
    if engine.dialect.name != "sqlite":
        return
    event.listen(engine, "connect", _set_checkpoint_interval)
    engine.dispose()  # connections opened before the listener reconnect with it


def _set_checkpoint_interval(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA wal_autocheckpoint={CHECKPOINT_PAGES}")
    finally:
        cursor.close()


# A table is analysed again once it has grown by this share of the pages the planner last
# counted, and by this many pages more (autovacuum's own rule counts rows: 10% and 50).
_GROWTH_SHARE = 0.1
_GROWTH_PAGES = 8


def refresh_planner_statistics(engine: Engine, table_names: Iterable[str]) -> list[str]:
    """On PostgreSQL, analyse now those of the tables never analysed or grown much since their
    last analysis; returns their names. Autovacuum would do it too, a minute or more later.

    A bulk ingest leaves the planner without statistics on the rows it wrote, and it then
    guesses a case has a handful of rows where it has thousands: measured on a case of
    100,000 events, `show --as-of` joined every correction of the case to the reports it read
    (5.5 ms in the server) instead of looking up those of the reports (0.7 ms).
    The size of a table's file is read, not the server's change counters: a backend sends
    those up to a second late, and this runs right after the writes.
    """
    if engine.dialect.name != "postgresql":
        return []
    wanted = set(table_names)
    query = text(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND (c.reltuples < 0 "
        "OR pg_relation_size(c.oid) > (:share * c.relpages + c.relpages + :pages) "
        "* current_setting('block_size')::int)"
    )
    with engine.connect() as connection:
        rows = connection.execute(query, {"share": _GROWTH_SHARE, "pages": _GROWTH_PAGES})
        stale = sorted(name for (name,) in rows if name in wanted)
    if stale:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"ANALYZE {', '.join(stale)}")
    return stale


def store_exists(url: str) -> bool:
    """False when `url` is a SQLite file that is not there (a server's database is assumed
    to be; connecting says if not). A read must not create the file by connecting."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return True
    return Path(parsed.database).expanduser().exists()


def read_engine(url: str) -> Engine:
    """An engine on the store for one read of the read models, without the event library."""
    return create_engine(_waiting(url), poolclass=NullPool)


def hold_write_lock(session: Session) -> None:
    """Take the store's write lock now, held until the session's transaction ends.

    A writer that decides from what is stored (which case an article joins) and then writes
    holds this from before it reads: no other writer can commit in between, so two writers
    never both open a case for the same suspect.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITE_LOCK_KEY})
    else:
        # SQLite has one writer at a time: an immediate transaction takes the file's write
        # lock now (waiting for the busy timeout) instead of at the first write.
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def creating_tables(url: str) -> Iterator[None]:
    """Held while a process creates the store's tables (those missing).

    Processes starting together on a new store would otherwise collide creating the same
    tables ("create if missing" is a check, then a create).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        # A lock on the folder, not the file: SQLite's own locks on the file stay untouched.
        folder = os.open(Path(parsed.database or ".").expanduser().resolve().parent, os.O_RDONLY)
        try:
            fcntl.flock(folder, fcntl.LOCK_EX)
            yield
        finally:
            os.close(folder)  # releases the lock
        return
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _SCHEMA_LOCK_KEY})
            try:
                yield
            finally:
                connection.execute(
                    text("SELECT pg_advisory_unlock(:key)"), {"key": _SCHEMA_LOCK_KEY}
                )
    finally:
        engine.dispose()
