"""The event store's recorder: the `eventsourcing_sqlalchemy` one, inserting a save's events
with one statement instead of one ORM object each.

The plugin adds one ORM object per stored event to the session and flushes them; for the
nine or so events of an ingested article that unit-of-work machinery costs more than the
writes. This recorder sends the same rows in one call on the driver's cursor (`driver`:
on SQLite an executemany, on PostgreSQL one INSERT ... RETURNING the ids), after the same
table lock (PostgreSQL) and before the same NOTIFY. Same tables, same columns, same
transaction: stores written by either recorder are read by both. Selected by
`store.eventsourcing_env` as the persistence module.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from uuid import UUID

from eventsourcing.persistence import StoredEvent
from eventsourcing_sqlalchemy.factory import SQLAlchemyFactory
from eventsourcing_sqlalchemy.recorders import SQLAlchemyApplicationRecorder
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from casefile.adapters import driver


class BulkInsertApplicationRecorder(SQLAlchemyApplicationRecorder):
    # Called before any read of the events, with the aggregate read (None: a read across
    # aggregates; see `CaseTracker._before_read`): an ingest batch holding unsaved
    # aggregates saves them first, so the read sees their events.
    before_read: Callable[[UUID | str | None], None] | None = None

    def select_events(self, originator_id: Any, *args: Any, **kwargs: Any) -> Any:
        if self.before_read is not None:
            self.before_read(originator_id)
        return super().select_events(originator_id, *args, **kwargs)

    def select_notifications(self, *args: Any, **kwargs: Any) -> Any:
        if self.before_read is not None:
            self.before_read(None)
        return super().select_notifications(*args, **kwargs)

    def max_notification_id(self, *args: Any, **kwargs: Any) -> Any:
        if self.before_read is not None:
            self.before_read(None)
        return super().max_notification_id(*args, **kwargs)

    def _insert_stored_events(
        self, session: Session, stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int]:
        if not stored_events:
            return []
        self._lock_table(session)
        connection = session.connection()
        if connection.dialect.name == "sqlite":
            ids = self._insert_sqlite(connection, stored_events)
        else:
            ids = self._insert_postgresql(connection, stored_events)
        self._notify_channel(session)
        return ids

    def _insert_sqlite(
        self, connection: Connection, stored_events: Sequence[StoredEvent]
    ) -> list[int]:
        """One executemany on the driver's cursor (`driver`): the same rows SQLAlchemy
        would send, without SQLAlchemy's statement handling, which cost more than SQLite's work."""
        table = self.events_record_cls.__table__
        columns = ("originator_id", "originator_version", "topic", "state")
        compiled = driver.compiled_insert(table, columns, connection)
        rows = compiled.parameters([vars(event) for event in stored_events])
        # A new row's id is one more than the largest, and this transaction holds the
        # database's write lock: the ids are the run ending at the last one inserted.
        last = driver.executemany(connection, compiled.sql, rows)
        return list(range(last - len(rows) + 1, last + 1))

    def _insert_postgresql(
        self, connection: Connection, stored_events: Sequence[StoredEvent]
    ) -> list[int]:
        """One statement for all the events (`driver.insert_rows`); each event's id is
        matched to it by its aggregate and version, whatever order the rows come back in."""
        table = self.events_record_cls.__table__
        returned = driver.insert_rows(
            connection,
            table,
            [vars(event) for event in stored_events],
            returning=("id", "originator_id", "originator_version"),
        )
        ids = {(str(originator), version): id_ for id_, originator, version in returned}
        return [ids[(str(e.originator_id), e.originator_version)] for e in stored_events]


class CasefileFactory(SQLAlchemyFactory):
    application_recorder_class = BulkInsertApplicationRecorder
