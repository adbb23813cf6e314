"""Rows an ingest batch writes to the read models and the fact index, held until the batch
commits and then sent in one statement per table.

An article's read-model and index rows were about eight statements of their own, each
costing SQLAlchemy more Python than the database's work on its row. Within a batch they are
collected here instead (`PendingRows.add`) and sent by `flush` before the batch's commit, in
the same transaction as the events, so what is committed is unchanged.

While rows are pending:
- the look-ups ingest makes during the batch (which stored articles name a surname, which
  cases list an article, who a case already lists) add the pending rows to the stored ones
  (`profiles_naming`, `cases_of`, `people_of`);
- anything else that reads or changes these tables in the batch's transaction (a merge, a
  revision's withdrawal, an index read) calls `flush_pending` first, so it sees them stored.

Each article of a batch runs in a savepoint: `begin_article` marks where its rows start,
and `rollback_article` forgets them when it fails. A flush during an article sends the rows
of the articles before it inside that article's savepoint; if the article then fails, the
savepoint's rollback takes them out of the database, and `rollback_article` puts them back
in the pending rows, so nothing of the articles before it is lost.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection

from casefile.adapters import driver

if TYPE_CHECKING:
    # Not at run time: `cases` reads the read model without loading the ORM (~60 ms).
    from sqlalchemy.orm import Session

_KEY = "casefile.pending_rows"
# In a table's `info`: its inserts skip a row whose key is taken (the row is there already).
SKIPS_LISTED = "casefile.skips_listed"

# Checkpoint deletions: per case, the first position made untrue, or None for all of them.
Drops = dict[str, str | None]


class PendingRows:
    def __init__(self, drop_checkpoints: Callable[[Connection, Drops], None]) -> None:
        self._drop_checkpoints = drop_checkpoints
        self.rows: dict[Table, list[dict[str, Any]]] = {}
        self.drops: Drops = {}
        self._mark: dict[Table, int] | None = None  # None: outside an article
        self._drops_mark: Drops = {}
        self._resend: dict[Table, list[dict[str, Any]]] = {}
        self._resend_drops: Drops = {}
        self.seconds: dict[str, float] = {}  # spent sending, per table (for the benchmark)
        self._reindex()

    def _took(self, table: str, started: float) -> None:
        self.seconds[table] = self.seconds.get(table, 0.0) + time.perf_counter() - started

    # -- collecting ---------------------------------------------------------------------------

    def add(self, table: Table, rows: Iterable[dict[str, Any]]) -> None:
        added = self.rows.setdefault(table, [])
        for row in rows:
            added.append(row)
            self._index(table, row)

    def drop_checkpoints(self, case_id: str, since: str | None) -> None:
        """The case's checkpoints from position `since` on (all if None) are untrue."""
        if case_id in self.drops:
            known = self.drops[case_id]
            since = None if known is None or since is None else min(known, since)
        self.drops[case_id] = since

    # -- articles: a savepoint each -----------------------------------------------------------

    def begin_article(self) -> None:
        self._mark = {table: len(rows) for table, rows in self.rows.items()}
        self._drops_mark = dict(self.drops)
        self._resend, self._resend_drops = {}, {}

    def end_article(self) -> None:
        self._mark = None
        self._resend, self._resend_drops = {}, {}

    def rollback_article(self) -> None:
        """Forget the failed article's rows; restore those of earlier articles that a flush
        sent inside its (rolled back) savepoint."""
        assert self._mark is not None
        for table in list(self.rows):
            kept = self.rows[table][: self._mark.get(table, 0)]
            self.rows[table] = self._resend.get(table, []) + kept
        for table, rows in self._resend.items():
            self.rows.setdefault(table, rows)
        self.drops = {**self._resend_drops}
        for case_id, since in self._drops_mark.items():
            self.drop_checkpoints(case_id, since)
        self._mark = None
        self._resend, self._resend_drops = {}, {}
        self._reindex()

    # -- sending ------------------------------------------------------------------------------

    def flush(self, connection: Connection) -> None:
        for table, rows in self.rows.items():
            if rows:
                started = time.perf_counter()
                send_rows(connection, table, rows)
                self._took(table.name, started)
        if self.drops:
            started = time.perf_counter()
            self._drop_checkpoints(connection, self.drops)
            self._took("casefile_checkpoints", started)
        if self._mark is not None:
            # Sent inside the current article's savepoint: kept until the article ends.
            for table, rows in self.rows.items():
                earlier = rows[: self._mark.get(table, 0)]
                if earlier:
                    self._resend.setdefault(table, []).extend(earlier)
            self._resend_drops.update(self._drops_mark)
            self._mark = {}
            self._drops_mark = {}
        self.rows, self.drops = {}, {}
        self._reindex()

    # -- what the batch's own look-ups see ----------------------------------------------------

    def _reindex(self) -> None:
        self.profiles: dict[str, dict[str, Any]] = {}
        self.by_surname: dict[str, set[str]] = {}
        self.cases_by_article: dict[str, set[str]] = {}
        self.people: dict[str, set[str]] = {}
        for table, rows in self.rows.items():
            for row in rows:
                self._index(table, row)

    def _index(self, table: Table, row: dict[str, Any]) -> None:
        name = table.name
        if name == "casefile_article_profiles":
            self.profiles[row["article_id"]] = row
        elif name == "casefile_profile_surnames":
            self.by_surname.setdefault(row["surname"], set()).add(row["article_id"])
        elif name == "casefile_case_articles":
            self.cases_by_article.setdefault(row["article_id"], set()).add(row["case_id"])
        elif name == "casefile_case_people":
            self.people.setdefault(row["case_id"], set()).add(row["name"])

    def profiles_naming(self, surnames: Iterable[str]) -> list[tuple[str, str, str]]:
        """(article id, case id, profile JSON) of the pending profiles naming these surnames."""
        ids = set().union(*(self.by_surname.get(s, ()) for s in surnames))
        return [
            (a, self.profiles[a]["case_id"], self.profiles[a]["profile"])
            for a in ids
            if a in self.profiles
        ]

    def cases_of(self, article_id: str) -> set[str]:
        return self.cases_by_article.get(article_id, set())

    def people_of(self, case_id: str) -> set[str]:
        return self.people.get(case_id, set())


def send_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert `rows` into `table` in one call on the driver's cursor (see `driver`); for a
    table marked `SKIPS_LISTED`, skipping a row whose key is taken (ON CONFLICT DO NOTHING)."""
    driver.insert_rows(connection, table, rows, skip_listed=bool(table.info.get(SKIPS_LISTED)))


def start(session: Session, pending: PendingRows) -> None:
    session.info[_KEY] = pending


def stop(session: Session) -> None:
    session.info.pop(_KEY, None)


def of(session: Session | Connection) -> PendingRows | None:
    """The pending rows of the session's transaction (only a `Session` has any)."""
    if isinstance(session, Connection):
        return None
    return session.info.get(_KEY)


def flush_pending(session: Session | Connection) -> None:
    """Send the pending rows now: what comes next reads or changes them in the database."""
    pending = of(session)
    if pending is not None:
        pending.flush(session.connection())
