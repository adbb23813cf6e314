"""How an ingest's articles are committed: in batches, one transaction (and one commit) each.

A batch's aggregates are held in memory and saved together before its commit (`_store_held`);
if anything fails before the commit, nothing of the batch is committed and it is stored again
with each article in a savepoint of its own (`_store_batch`), where a bad article rolls back
its savepoint only and the articles before it in the batch are committed. An article whose
save conflicts with another writer's is read again and stored again (`_store_retrying`).

What storing one article adds (its revision, its case's events, its read-model rows) and
which case it goes to are the ingest's own (`ingest.py`, `_Run._store_one`).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from eventsourcing.persistence import RecordConflictError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from casefile.adapters import fact_index, pending, store_settings
from casefile.adapters.store import hold_write_lock
from casefile.application import time_zone

if TYPE_CHECKING:
    from casefile.application.aggregate_cache import AggregateCache
    from casefile.application.ingest import IngestOutcome, WriteTimes, _Item
    from casefile.application.tracker import CaseTracker, HeldAggregates

_ATTEMPTS = 5


class BatchWriter:
    """The writing of an ingest's batches. The ingest (`ingest._Run`) gives what it writes
    with: its tracker, the cases it keeps in memory, the zone its articles' times were read
    in, its write times and the case-id suffixes it handed out, and how one article is stored
    (`_store_one`)."""

    tracker: CaseTracker
    cases: AggregateCache
    zone: str
    times: WriteTimes
    suffixes: dict[str, int]

    def _store_one(
        self, session: Session, item: _Item[Any], held: HeldAggregates | None = None
    ) -> IngestOutcome:
        raise NotImplementedError

    def _store_batch(
        self, items: list[_Item[Any]], batch_seconds: float, *, deferred: bool = True
    ) -> tuple[int, BaseException | None]:
        """Store items from the first on, in one transaction, until the time is up. Returns
        how many were stored (outcomes set), and the failure that stopped the batch early.

        First all at once (`_store_held`); if anything goes wrong there, nothing of it is
        committed and the batch is stored article by article (below).

        `deferred`: the read-model and index rows wait in the batch's pending rows and are
        sent together before the commit. Should sending them fail, the transaction is rolled
        back and the batch stored again with each article's rows sent in its own savepoint,
        so that only a bad article stays out."""
        if all(item.result is not None for item in items):
            return len(items), None
        if deferred and self.tracker.can_hold:
            stored = self._store_held(items, batch_seconds)
            if stored is not None:
                return stored, None
        done, failure = 0, None
        self.cases.new_transaction()
        unstored = [item for item in items if item.result is None]
        rows = fact_index.pending_rows_of_batch() if deferred else None
        sending = False
        try:
            with self.tracker.recorder.transaction(commit=True) as session:  # type: ignore[attr-defined]
                # The case depends on what other writers stored: choose it holding the write
                # lock, so nothing is committed between the choice and the commit (no twins).
                hold_write_lock(session)
                started = time.perf_counter()
                time_zone.check(
                    store_settings.claim_zone(session.connection(), self.zone), self.zone
                )
                self.cases.look_up_articles([item.article_id for item in unstored])
                if rows is not None:
                    pending.start(session, rows)
                try:
                    for item in items:
                        if item.result is None:
                            try:
                                item.result = self._store_retrying(session, item, rows)
                            except Exception as error:  # the batch so far is committed, then raised
                                failure = error
                                break
                        done += 1
                        if time.perf_counter() - started > batch_seconds:
                            break
                finally:
                    pending.stop(session)
                if rows is not None:
                    sending = True
                    self._send(session, rows)
                    sending = False
                commit_started = time.perf_counter()
        except Exception:
            if not sending:
                raise
            # Nothing of this batch was committed: store it again, article by article.
            self._forget_batch(unstored)
            return self._store_batch(items, batch_seconds, deferred=False)
        self.times.commit_s += time.perf_counter() - commit_started
        return done, failure

    def _store_held(self, items: list[_Item[Any]], batch_seconds: float) -> int | None:
        """The batch in one transaction, its aggregates held in memory and saved together
        (one save, so one insert for all its events and one per index table) before the
        commit, with its pending rows. Returns how many items were stored, or None if
        anything failed before the commit: then nothing of the batch was committed, no kept
        case or handed-out id survives, and the caller stores the batch article by article,
        where a bad article is kept out alone (the held aggregates mix several articles'
        events: there is no undoing one article here)."""
        done = 0
        unstored = [item for item in items if item.result is None]
        suffixes = dict(self.suffixes)
        saved_s = self.times.save_s
        read_model_s = self.times.read_model_s
        self.cases.new_transaction()
        rows = fact_index.pending_rows_of_batch()
        committing = locked = False
        try:
            with self.tracker.recorder.transaction(commit=True) as session:  # type: ignore[attr-defined]
                hold_write_lock(session)  # as in `_store_batch`
                locked = True
                started = time.perf_counter()
                time_zone.check(
                    store_settings.claim_zone(session.connection(), self.zone), self.zone
                )
                self.cases.look_up_articles([item.article_id for item in unstored])
                pending.start(session, rows)
                try:
                    with self.tracker.holding(session) as held:
                        self.cases.held = held
                        for item in items:
                            if item.result is None:
                                # No savepoint: a failure undoes the whole batch anyway.
                                item.result = self._store_one(session, item, held)
                            done += 1
                            if time.perf_counter() - started > batch_seconds:
                                break
                        self.tracker.save_held()
                        self.times.save_s += held.seconds
                finally:
                    self.cases.held = None
                    pending.stop(session)
                self._send(session, rows)
                committing = True
                commit_started = time.perf_counter()
        except Exception:
            if committing or not locked:
                # Not locked: the store's lock was not to be had in time (SQLite's busy
                # timeout); waiting for it again article by article would double the wait.
                raise
            # Nothing of this batch was committed (a bad article, a conflict with another
            # writer, rows that could not be sent): forget what it left in memory.
            self._forget_batch(unstored)
            self.suffixes.clear()
            self.suffixes.update(suffixes)
            self.times.save_s, self.times.read_model_s = saved_s, read_model_s
            return None
        self.times.commit_s += time.perf_counter() - commit_started
        return done

    def _forget_batch(self, unstored: list[_Item[Any]]) -> None:
        """After a batch rolled back: its articles are unstored again, its cases unknown."""
        for item in unstored:
            item.result = None
        self.cases.forget_all()

    def _send(self, session: Session, rows: pending.PendingRows) -> None:
        rows.flush(session.connection())
        index = {"casefile_reports", "casefile_correction_targets", "casefile_checkpoints"}
        for table, seconds in rows.seconds.items():
            # The index rows were part of `tracker.save`; the others, of the read model.
            if table in index:
                self.times.save_s += seconds
            else:
                self.times.read_model_s += seconds

    def _store_retrying(
        self, session: Session, item: _Item[Any], rows: pending.PendingRows | None
    ) -> IngestOutcome:
        for attempt in range(_ATTEMPTS):
            if rows is not None:
                rows.begin_article()
            try:
                # The savepoint of the connection, not of the ORM session: the session's
                # own (flush, then SAVEPOINT, then RELEASE and its bookkeeping) cost more than
                # the article's rows. No ORM object is written here; those read are dropped
                # when the savepoint is rolled back (`_forget`), as the session would.
                with session.connection().begin_nested():
                    outcome = self._store_one(session, item)
                if rows is not None:
                    rows.end_article()
                return outcome
            except (RecordConflictError, IntegrityError):
                # Another writer stored what this one read (one that takes no write lock,
                # such as a person's merge): read again and redo the article.
                self._forget(session, rows)
                if attempt == _ATTEMPTS - 1:
                    raise
            except BaseException:
                self._forget(session, rows)
                raise
        raise AssertionError("unreachable")

    def _forget(self, session: Session, rows: pending.PendingRows | None) -> None:
        """After a failed article: nothing of it survives in memory."""
        self.cases.forget_all()
        session.expunge_all()  # records read in the rolled-back savepoint
        if rows is not None:
            rows.rollback_article()
