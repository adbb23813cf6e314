"""Reads of the read models without SQLAlchemy: on a SQLite store with no cipher key, through
the standard library's `sqlite3`.

A read verb such as `casefile cases` would spend most of its start-up importing SQLAlchemy
(and its engine's setup) to run two or three plain SELECTs. On the default store (a SQLite
file) without encryption, these reads open the file read-only with `sqlite3` instead. Any
other store (PostgreSQL, an encrypted one, a URL with options, a file that is not there or
not readable this way) gets None here and goes through SQLAlchemy as before, which also
gives the errors. The rows read are the same: the queries are the ones `read_model.py` and
`store_settings.py` run, and what is made of them is computed by one function for both.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

# The settings the store records (`store_settings.py`): the zone its times are read in, and
# the zone of a store that held articles before zones were recorded (it read them in UTC).
TIME_ZONE = "time_zone"
LEGACY_ZONE = "UTC"
# As `cipher.KEY_VARIABLE` (that module loads SQLAlchemy): with a key, the rows are sealed.
KEY_VARIABLE = "CASEFILE_CIPHER_KEY"
# As `cipher.key_marker(sealed=False)`: the key check row of a store written without a key.
PLAIN_MARKER = "casefile"
DEFAULT_DB_FILE = "casefile.db"
_SQLITE_PREFIX = "sqlite:///"


@dataclass(frozen=True)
class CaseArticleRow:
    """An article revision of a case, as the case list stores it (`read_model.case_articles`)."""

    case_id: str
    revision: str
    article_id: str
    url: str | None
    path: str | None
    outlet: str | None
    title: str | None
    published: str
    reported_at: str


CASE_ROW_COLUMNS = tuple(CaseArticleRow.__dataclass_fields__)


def sorted_case_rows(rows: Iterable[tuple]) -> list[CaseArticleRow]:
    """The case list's rows, by case, then reported order."""
    found = [CaseArticleRow(*row) for row in rows]
    return sorted(found, key=lambda row: (row.case_id, row.reported_at, row.article_id))


def estimated_of(rows: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (case, revision) of the `ArticleAttached` rows (case, payload) whose publication
    time the case recorded as estimated."""
    found = set()
    for case_id, payload in rows:
        attrs = json.loads(payload)
        if attrs.get("reported_estimated"):
            found.add((case_id, attrs["revision"]))
    return found


def plain_sqlite_file(explicit: str | None) -> Path | None:
    """The SQLite file the store setting (`explicit`, else CASEFILE_DB, else ./casefile.db)
    names, when it is a plain path or `sqlite:///PATH` to an existing file and no cipher key
    is set; else None (the store is read through SQLAlchemy)."""
    if os.environ.get(KEY_VARIABLE, "").strip():
        return None
    raw = explicit or os.environ.get("CASEFILE_DB") or ""
    if not raw:
        path = Path.cwd() / DEFAULT_DB_FILE
    elif "://" not in raw:
        path = Path(raw).expanduser().absolute()
    elif raw.startswith(_SQLITE_PREFIX) and not set("?%#") & set(raw):
        path = Path(raw[len(_SQLITE_PREFIX) :]).absolute()
    else:
        return None
    return path if path.is_file() else None


def open_plain(explicit: str | None) -> sqlite3.Connection | None:
    """A read-only connection to the store when it is a SQLite file written without a key
    (its key check row says so), else None."""
    path = plain_sqlite_file(explicit)
    if path is None:
        return None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=15)
    except sqlite3.Error:
        return None
    try:
        marker = connection.execute("SELECT marker FROM casefile_key_check").fetchone()
    except sqlite3.Error:
        marker = None
    if marker is None or marker[0] != PLAIN_MARKER:
        connection.close()
        return None  # a new store, an older one, or a sealed one: SQLAlchemy's path says
    return connection


def stored_zone(explicit: str | None) -> tuple[bool, str | None]:
    """(True, the store's recorded zone or None) when the store could be read here, else
    (False, None)."""
    connection = open_plain(explicit)
    if connection is None:
        return False, None
    with closing(connection):
        try:
            row = connection.execute(
                "SELECT value FROM casefile_settings WHERE name = ?", (TIME_ZONE,)
            ).fetchone()
        except sqlite3.Error:
            return False, None
        if row is not None:
            return True, row[0]
        held = connection.execute("SELECT 1 FROM casefile_case_articles LIMIT 1").fetchone()
        return True, LEGACY_ZONE if held else None


def case_list_rows(
    explicit: str | None,
) -> tuple[list[CaseArticleRow], set[tuple[str, str]]] | None:
    """The case list's rows and the estimated (case, revision), or None when the store is
    not one read here (or lacks a table: opening it through the tracker builds it)."""
    connection = open_plain(explicit)
    if connection is None:
        return None
    columns = ", ".join(CASE_ROW_COLUMNS)
    with closing(connection):
        try:
            rows = connection.execute(f"SELECT {columns} FROM casefile_case_articles").fetchall()
            attached = connection.execute(
                "SELECT case_id, payload FROM casefile_reports WHERE event = 'ArticleAttached'"
            ).fetchall()
        except sqlite3.Error:
            return None
    return sorted_case_rows(rows), estimated_of(attached)
