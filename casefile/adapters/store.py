"""Where the event store lives: `CASEFILE_DB` (an SQLAlchemy URL), else a SQLite file here.

The `eventsourcing` library reads its configuration from an environment mapping; this module
turns the user's one setting into that mapping and rejects bad URLs before anything is written.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from casefile.adapters.cipher import cipher_key, events_cipher_env

DEFAULT_DB_FILE = "casefile.db"


class StoreConfigError(ValueError):
    """The store URL cannot be used."""


def store_url(explicit: str | None = None) -> str:
    """The SQLAlchemy URL to use: the explicit one, else `CASEFILE_DB`, else ./casefile.db."""
    raw = explicit or os.environ.get("CASEFILE_DB") or ""
    if not raw:
        return f"sqlite:///{Path.cwd() / DEFAULT_DB_FILE}"
    return normalise_url(raw)


def normalise_url(raw: str) -> str:
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
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and "timeout" not in parsed.query:
        # A second writer waits up to 15 s for the file lock, then fails with "database is locked".
        url = parsed.update_query_dict({"timeout": "15"}).render_as_string(hide_password=False)
    env = {"PERSISTENCE_MODULE": "eventsourcing_sqlalchemy", "SQLALCHEMY_URL": url}
    key = cipher_key()
    return {**env, **events_cipher_env(key)} if key else env
