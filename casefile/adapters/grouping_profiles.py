"""What grouping knows of each stored article: its profile (JSON), listed under its case and
found by the surnames it names (`read_model.article_profiles`, `read_model.profile_surnames`).

Written in the ingest's transaction (in a batch, among its pending rows: `pending.py`) and
looked up for every article grouped, so the look-up by surnames runs on the driver's cursor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, insert, select
from sqlalchemy.engine import Connection, Dialect

from casefile.adapters import driver
from casefile.adapters import pending as pending_rows
from casefile.adapters.read_model import article_profiles, core_of, profile_surnames

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Statements run for every article ingested, built once: SQLAlchemy then reuses their
# compiled form without rebuilding and re-keying the statement each time.
_INSERT_PROFILE = insert(article_profiles)
_INSERT_SURNAME = insert(profile_surnames)
_DELETE_PROFILE = delete(article_profiles).where(
    article_profiles.c.article_id == bindparam("article_id")
)
_DELETE_SURNAMES = delete(profile_surnames).where(
    profile_surnames.c.article_id == bindparam("article_id")
)


def record_profile(
    session: Session,
    case_id: str,
    article_id: str,
    profile: str,
    surnames: Iterable[str],
    *,
    replace: bool = True,
) -> None:
    """Store (or replace, for a new revision) what grouping knows of an article.
    `replace=False`: the article is new, so there is nothing of it to remove first."""
    pending = pending_rows.of(session)
    connection = session.connection()
    if replace:
        # The profile being replaced may be one of this batch's pending rows.
        pending_rows.flush_pending(session)
        connection.execute(_DELETE_PROFILE, {"article_id": article_id})
        connection.execute(_DELETE_SURNAMES, {"article_id": article_id})
    row = {"article_id": article_id, "case_id": case_id, "profile": profile}
    keys = [{"article_id": article_id, "surname": key} for key in sorted(set(surnames))]
    if pending is not None:
        pending.add(article_profiles, [row])
        pending.add(profile_surnames, keys)
        return
    connection.execute(_INSERT_PROFILE, row)
    if keys:
        connection.execute(_INSERT_SURNAME, keys)


def profiles_naming(
    connection: Connection | Session, surnames: Iterable[str]
) -> list[tuple[str, str]]:
    """(case id, profile JSON) of the stored articles that name someone with these surnames."""
    wanted = sorted(set(surnames))
    if not wanted:
        return []
    found = _stored_profiles_naming(core_of(connection), wanted)
    pending = pending_rows.of(connection)
    if pending is not None:
        # The batch's own articles too, in the same order (by article id) as the stored.
        found = sorted([*found, *pending.profiles_naming(wanted)])
    return [(case_id, profile) for _, case_id, profile in found]


# The columns `profiles_naming` reads, and its query with `{keys}` for the keys' placeholders.
_NAMING_COLUMNS = (
    article_profiles.c.article_id,
    article_profiles.c.case_id,
    article_profiles.c.profile,
)
_NAMING_SQL = (
    f"SELECT {', '.join(column.name for column in _NAMING_COLUMNS)} FROM {article_profiles.name}"
    f" WHERE article_id IN (SELECT article_id FROM {profile_surnames.name}"
    " WHERE surname IN ({keys})) ORDER BY article_id"
)


def _stored_profiles_naming(connection: Connection, keys: list[str]) -> list[tuple[str, str, str]]:
    """(article id, case id, profile JSON) of the stored articles listed under these keys, by
    article id.

    Run on the driver's cursor, in the connection's transaction: grouping looks up every
    article ingested, and SQLAlchemy's handling of the query (the IN list expanded, each
    parameter and row processed) cost five times the database's own work on the few rows
    found. Keys and rows go through the columns' own processors, as SQLAlchemy sends and
    reads them (sealed under a cipher key)."""
    dialect = connection.dialect
    placeholder, seal_key, read_row = _naming_processors(dialect)
    sql = _NAMING_SQL.format(keys=", ".join([placeholder] * len(keys)))
    parameters = [seal_key(key) for key in keys]
    with driver.driver_cursor(connection, sql, parameters) as cursor:
        cursor.execute(sql, parameters)
        rows = cursor.fetchall()
    return [read_row(row) for row in rows]


@lru_cache(maxsize=4)
def _naming_processors(
    dialect: Dialect,
) -> tuple[str, Callable[[str], Any], Callable[[Sequence[Any]], tuple[str, str, str]]]:
    """For `_stored_profiles_naming` on this dialect: the driver's placeholder, what a key is
    sent as, and a row as read back."""
    placeholder = "?" if dialect.paramstyle == "qmark" else "%s"  # SQLite; psycopg
    seal_key = profile_surnames.c.surname.type.bind_processor(dialect) or _as_is
    readers = [column.type.result_processor(dialect, None) or _as_is for column in _NAMING_COLUMNS]

    def read_row(row: Sequence[Any]) -> tuple[str, str, str]:
        article_id, case_id, profile = (
            read(value) for read, value in zip(readers, row, strict=True)
        )
        return article_id, case_id, profile

    return placeholder, seal_key, read_row


def _as_is(value: Any) -> Any:
    return value


def profiles_of_case(connection: Connection, case_id: str) -> list[str]:
    """The profile JSON of every article listed under the case."""
    query = (
        select(article_profiles.c.profile)
        .where(article_profiles.c.case_id == case_id)
        .order_by(article_profiles.c.article_id)
    )
    return list(connection.scalars(query))
