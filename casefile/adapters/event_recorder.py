"""The event store's recorder: the `eventsourcing_sqlalchemy` one, inserting a save's events
with one statement instead of one ORM object each.

The plugin adds one ORM object per stored event to the session and flushes them; for the
nine or so events of an ingested article that unit-of-work machinery costs more than the
writes. This recorder sends the same rows in one executemany (on PostgreSQL an
INSERT ... RETURNING id, the notification ids in the events' order), after the same table
lock (PostgreSQL) and before the same NOTIFY. Same tables, same columns, same transaction: stores written by either
recorder are read by both. Selected by `store.eventsourcing_env` as the persistence module.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventsourcing.persistence import StoredEvent
from eventsourcing_sqlalchemy.factory import SQLAlchemyFactory
from eventsourcing_sqlalchemy.recorders import SQLAlchemyApplicationRecorder
from sqlalchemy import insert
from sqlalchemy.orm import Session


class BulkInsertApplicationRecorder(SQLAlchemyApplicationRecorder):
    def _insert_stored_events(
        self, session: Session, stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int]:
        if not stored_events:
            return []
        table = self.events_record_cls.__table__
        self._lock_table(session)
        rows = [
            {
                "originator_id": event.originator_id,
                "originator_version": event.originator_version,
                "topic": event.topic,
                "state": event.state,
            }
            for event in stored_events
        ]
        connection = session.connection()
        if connection.dialect.name == "sqlite":
            # SQLite runs INSERT ... RETURNING one row at a time; an executemany does not. A
            # new row's id is one more than the largest, and this transaction holds the
            # database's write lock: the ids are the run ending at the last one inserted.
            connection.execute(insert(table), rows)
            last = connection.exec_driver_sql("SELECT last_insert_rowid()").scalar_one()
            ids = list(range(last - len(rows) + 1, last + 1))
        else:
            statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            ids = list(connection.execute(statement, rows).scalars())
        self._notify_channel(session)
        return ids


class CasefileFactory(SQLAlchemyFactory):
    application_recorder_class = BulkInsertApplicationRecorder
