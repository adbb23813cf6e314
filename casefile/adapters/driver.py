"""Statements sent on the database driver's own cursor, for the few that run for every
article ingested: SQLAlchemy's handling of a statement (parameters built, processed and
wrapped one by one, results wrapped row by row) costs several times the database's work on
them. Values still go through their columns' bind and result processors, as SQLAlchemy
would send and read them, and errors are raised as SQLAlchemy raises them (an
`IntegrityError` for a key taken, ...), so callers handle conflicts and locks the same way.

Bulk inserts: the statement is compiled once per table and columns, and a batch's rows go
to the driver in one call, in the transaction's connection.
- SQLite: one executemany of the insert SQLAlchemy compiles. SQLAlchemy's own executemany
  cost about 11 µs more per fact-index row than SQLite's work on it.
- PostgreSQL: one statement for all the rows, `INSERT ... SELECT * FROM unnest(...)`, each
  column's values sent as one array. psycopg's executemany sent one INSERT per row, and
  SQLAlchemy's multi-row VALUES statement (for the events' ids) a new statement text of
  thousands of parameters per batch, which psycopg parsed again each time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError


@dataclass(frozen=True)
class CompiledInsert:
    """An insert as the driver takes it: the SQL, its parameters' column names, and their
    columns' types (for their bind processors)."""

    sql: str
    names: tuple[str, ...]
    types: tuple[Any, ...]
    dialect: Any

    def parameters(self, rows: Sequence[Mapping[str, Any]]) -> list[Any]:
        """Each row's values in parameter order, each through its column type's bind
        processor, as SQLAlchemy would send them."""
        processing = [
            (position, process)
            for position, process in enumerate(self._processors())
            if process is not None
        ]
        values_of = _values_getter(self.names)
        if not processing:
            return [values_of(row) for row in rows]
        sent = []
        for row in rows:
            values = list(values_of(row))
            for position, process in processing:
                values[position] = process(values[position])
            sent.append(values)
        return sent

    def _processors(self) -> list[Callable[[Any], Any] | None]:
        # A type may settle its processor once for the statement (`SealedText`: whether a
        # key is configured), rather than once per value.
        return [
            column_type.statement_bind_processor()
            if hasattr(column_type, "statement_bind_processor")
            else column_type.bind_processor(self.dialect)
            for column_type in self.types
        ]


def _values_getter(names: tuple[str, ...]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    if len(names) == 1:  # an itemgetter of one name gives the value, not a tuple
        (name,) = names
        return lambda row: (row[name],)
    return itemgetter(*names)


_compiled: dict[tuple[str, Table, tuple[str, ...], bool, tuple[str, ...]], CompiledInsert] = {}


def compiled_insert(
    table: Table,
    columns: Sequence[str],
    connection: Connection,
    *,
    skip_listed: bool = False,
    returning: Sequence[str] = (),
) -> CompiledInsert:
    """The insert into `table` of `columns` (`skip_listed`: skipping a row whose key is
    taken, ON CONFLICT DO NOTHING; `returning`: columns of the inserted rows to return, on
    PostgreSQL), compiled once for the connection's database."""
    dialect = connection.dialect
    key = (dialect.name, table, tuple(columns), skip_listed, tuple(returning))
    found = _compiled.get(key)
    if found is None:
        if dialect.name == "sqlite":
            statement = sqlite.insert(table)
            if skip_listed:
                statement = statement.on_conflict_do_nothing()
            compiled = statement.compile(dialect=dialect, column_keys=list(columns))
            sql, names = compiled.string, tuple(compiled.positiontup or ())
        else:
            sql, names = _unnest_insert(table, columns, dialect, skip_listed, returning)
        types = tuple(table.c[name].type for name in names)
        found = _compiled[key] = CompiledInsert(sql, names, types, dialect)
    return found


def _unnest_insert(
    table: Table,
    columns: Sequence[str],
    dialect: Any,
    skip_listed: bool,
    returning: Sequence[str],
) -> tuple[str, tuple[str, ...]]:
    quote = dialect.identifier_preparer
    names = tuple(columns)
    # `%b`: each array goes in binary; as text (`%s`), a batch's payloads cost PostgreSQL more
    # to parse than the rows cost to insert (measured: 45 against 11 µs per event).
    arrays = ", ".join(f"%b::{table.c[name].type.compile(dialect=dialect)}[]" for name in names)
    listed = ", ".join(quote.format_column(table.c[name]) for name in names)
    sql = f"INSERT INTO {quote.format_table(table)} ({listed}) SELECT * FROM unnest({arrays})"
    if skip_listed:
        sql += " ON CONFLICT DO NOTHING"
    if returning:
        sql += " RETURNING " + ", ".join(quote.format_column(table.c[name]) for name in returning)
    return sql, names


@contextmanager
def driver_cursor(connection: Connection, sql: str, parameters: Any) -> Iterator[Any]:
    """The driver's cursor of `connection` (in its transaction), to run `sql` with
    `parameters`; a driver error is raised as SQLAlchemy would raise it."""
    driver_error = connection.dialect.loaded_dbapi.Error
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        yield cursor
    except driver_error as error:
        raise DBAPIError.instance(sql, parameters, error, driver_error) from error
    finally:
        cursor.close()


def executemany(connection: Connection, sql: str, rows: Sequence[Any]) -> int:
    """Send `rows` with `sql` on the driver's cursor of a SQLite `connection`; returns the row
    id of the last row inserted."""
    with driver_cursor(connection, sql, rows) as cursor:
        cursor.executemany(sql, rows)
        cursor.execute("SELECT last_insert_rowid()")
        (last,) = cursor.fetchone()
    return last


def insert_rows(
    connection: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    skip_listed: bool = False,
    returning: Sequence[str] = (),
) -> list[tuple[Any, ...]]:
    """Insert `rows` (mappings with the same keys) into `table` in one call on the driver's
    cursor; on PostgreSQL, returns the `returning` columns of the rows inserted (in no
    particular order)."""
    if not rows:
        return []
    compiled = compiled_insert(
        table, list(rows[0]), connection, skip_listed=skip_listed, returning=returning
    )
    values = compiled.parameters(rows)
    if connection.dialect.name == "sqlite":
        executemany(connection, compiled.sql, values)
        return []
    # An array holds plain values: a value the processors wrapped as the driver's binary
    # (SQLAlchemy's for bytes, sqlalchemy-utils' for a UUID) goes in unwrapped.
    binary = connection.dialect.loaded_dbapi.Binary
    columns = [
        [value.obj if isinstance(value, binary) else value for value in column]
        for column in zip(*values, strict=True)
    ]
    with driver_cursor(connection, compiled.sql, columns) as cursor:
        cursor.execute(compiled.sql, columns)
        return cursor.fetchall() if returning else []
