"""Many rows inserted with one executemany on SQLite's own cursor.

For the thousands of rows an ingest batch writes, SQLAlchemy's executemany costs more
Python per row (parameters built, processed and wrapped one by one) than SQLite's work on
the row: half the time of a fact-index row. Here the statement is compiled by SQLAlchemy
once, each value goes through its column type's bind processor as SQLAlchemy would send
it, and the rows go to the driver in one call, in the transaction's connection. Errors are
raised as SQLAlchemy raises them (an `IntegrityError` for a key taken, ...), so callers
handle conflicts and locks the same way. PostgreSQL keeps SQLAlchemy's executemany (psycopg
batches it itself).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError


@dataclass(frozen=True)
class CompiledInsert:
    """An insert as SQLite's driver takes it: the SQL, and per parameter its column's name
    and bind processor (None: the value is sent as it is)."""

    sql: str
    names: tuple[str, ...]
    processors: tuple[Callable[[Any], Any] | None, ...]

    def parameters(self, row: Mapping[str, Any]) -> tuple[Any, ...]:
        return tuple(
            row[name] if process is None else process(row[name])
            for name, process in zip(self.names, self.processors, strict=True)
        )


_compiled: dict[tuple[Table, tuple[str, ...], bool], CompiledInsert] = {}


def compiled_insert(
    table: Table, columns: Sequence[str], connection: Connection, *, skip_listed: bool = False
) -> CompiledInsert:
    """The insert into `table` of `columns` (`skip_listed`: skipping a row whose key is
    taken, ON CONFLICT DO NOTHING), compiled for SQLite once."""
    key = (table, tuple(columns), skip_listed)
    found = _compiled.get(key)
    if found is None:
        statement = sqlite.insert(table)
        if skip_listed:
            statement = statement.on_conflict_do_nothing()
        compiled = statement.compile(dialect=connection.dialect, column_keys=list(columns))
        names = tuple(compiled.positiontup or ())
        processors = tuple(table.c[name].type.bind_processor(connection.dialect) for name in names)
        found = _compiled[key] = CompiledInsert(compiled.string, names, processors)
    return found


def executemany(connection: Connection, sql: str, rows: Sequence[tuple[Any, ...]]) -> int:
    """Send `rows` with `sql` on the driver's cursor of `connection` (its transaction);
    returns the row id of the last row inserted."""
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, rows)
        cursor.execute("SELECT last_insert_rowid()")
        (last,) = cursor.fetchone()
    except sqlite3.Error as error:
        raise DBAPIError.instance(sql, rows, error, sqlite3.Error) from error
    finally:
        cursor.close()
    return last


def insert_rows(
    connection: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    skip_listed: bool = False,
) -> None:
    """Insert `rows` (mappings with the same keys) into `table` of a SQLite store, in one
    executemany on the driver's cursor."""
    if rows:
        compiled = compiled_insert(table, list(rows[0]), connection, skip_listed=skip_listed)
        executemany(connection, compiled.sql, [compiled.parameters(row) for row in rows])
