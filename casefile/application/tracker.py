"""The `CaseTracker` application: the event store, the read models, and the queries over them."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from itertools import groupby
from typing import Any
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application, ProcessingEvent
from eventsourcing.domain import DomainEventProtocol
from sqlalchemy.engine import Connection

from casefile.adapters import (
    fact_index,
    index_reads,
    pending,
    read_model,
    store_settings,
)
from casefile.adapters.event_recorder import BulkInsertApplicationRecorder
from casefile.adapters.store import (
    creating_tables,
    eventsourcing_env,
    hold_write_lock,
    store_url,
    tune_connections,
)
from casefile.application.case_list import CaseSummary, summaries
from casefile.application.case_reads import (  # noqa: F401  (the now-reads' names, here too)
    CaseReads,
    TimelineEntry,
    changes_between,
    paused_gc,
    reported_by_then,
    reporting_timeline,
)
from casefile.application.errors import UnknownArticle, UnknownCase
from casefile.application.tracker_index import TrackerIndex
from casefile.domain.article import Article, article_uuid
from casefile.domain.case import Case, case_uuid, standing_events
from casefile.domain.reading import fold
from casefile.domain.sources import SourceRef
from casefile.domain.state import CaseState, KnownFact


class HeldAggregates:
    """An ingest batch's aggregates whose new events are not saved yet: saved together, in
    the batch's transaction, before it commits or before anything reads the event store or
    the index (`CaseTracker.save_held`)."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self.aggregates: dict[UUID, Any] = {}
        self.saves = 0  # how many saves they took (for the tests)
        self.seconds = 0.0  # spent saving (for the benchmark)

    def hold(self, *aggregates: Any) -> None:
        for aggregate in aggregates:
            self.aggregates[aggregate.id] = aggregate

    def get(self, originator_id: UUID) -> Any:
        return self.aggregates.get(originator_id)


class CaseTracker(Application[Any]):
    # Pinned: the table names derive from it, so renaming the class must not move the store.
    name = "CaseTracker"

    def __init__(self, env: Mapping[str, str] | None = None) -> None:
        super().__init__(env)
        # The reads of a case now in the case file: on the fact index, as a plain reader's.
        self.index = TrackerIndex(self)
        self.now = CaseReads(self.index)
        tune_connections(self.engine)
        read_model.create_tables(self.engine)
        store_settings.migrate(self.engine)
        self.touched_cases: set[str] = set()  # cases this tracker stored events for
        self.held: HeldAggregates | None = None  # an ingest batch's unsaved aggregates
        if self.can_hold:
            self.recorder.before_read = self._before_read  # type: ignore[attr-defined]
        with self.engine.connect() as connection:
            built = fact_index.is_built(connection)
        if not built:
            self.rebuild_index()

    # -- writing --------------------------------------------------------------------------

    def save(self, *aggregates: Any, session: Any = None, **kwargs: Any) -> Any:
        """Store the aggregates' new events, and index them, in one transaction."""
        if session is None:
            with self.recorder.transaction(commit=True) as session:  # type: ignore[attr-defined]
                return self._save_aggregates(aggregates, session=session, **kwargs)
        return self._save_aggregates(aggregates, session=session, **kwargs)

    def _save_aggregates(self, aggregates: Iterable[Any], **kwargs: Any) -> Any:
        """`Application.save` for aggregates only. The library's asks of each object whether
        it is an event or an aggregate through runtime Protocol checks, about 55 µs an object
        on Python 3.11: more than the writes of an article's events. casefile saves only
        aggregates, so it collects their events directly; the rest is the library's."""
        processing_event: ProcessingEvent[Any] = ProcessingEvent()
        for aggregate in aggregates:
            processing_event.events.extend(aggregate.collect_events())
            processing_event.aggregates[aggregate.id] = aggregate
        processing_event.saved_kwargs.update(kwargs)
        recordings = self._record(processing_event)
        self._take_snapshots(processing_event)
        self._notify(recordings)
        return recordings

    @property
    def can_hold(self) -> bool:
        """Whether every read of the events saves the held aggregates first (our recorder)."""
        return isinstance(self.recorder, BulkInsertApplicationRecorder)

    @contextmanager
    def holding(self, session: Any) -> Iterator[HeldAggregates]:
        """Aggregates held unsaved in the transaction of `session` (an ingest batch); the
        caller saves them (`save_held`) before committing."""
        assert self.can_hold and self.held is None
        self.held = HeldAggregates(session)
        try:
            yield self.held
        finally:
            self.held = None

    def save_held(self) -> None:
        """Save the held aggregates' new events now, all in one save."""
        held = self.held
        if held is None or not held.aggregates:
            return
        aggregates = list(held.aggregates.values())
        held.aggregates.clear()
        started = time.perf_counter()
        self.save(*aggregates, session=held.session)
        held.seconds += time.perf_counter() - started
        held.saves += 1

    def _before_read(self, originator_id: UUID | str | None) -> None:
        """Before the event store is read: the held aggregates are saved first if the read
        may see their events (any read but one of another aggregate's own events)."""
        held = self.held
        if held is None or not held.aggregates:
            return
        if originator_id is None or UUID(str(originator_id)) in held.aggregates:
            self.save_held()

    def _record(self, processing_event: Any) -> Any:
        recordings = super()._record(processing_event)
        session = processing_event.saved_kwargs["session"]
        by_case: dict[Any, list[Any]] = {}
        for event in processing_event.events:
            by_case.setdefault(event.originator_id, []).append(event)
        for originator_id, events in by_case.items():
            aggregate = processing_event.aggregates.get(originator_id)
            if isinstance(aggregate, Case):
                fact_index.project(session, aggregate.case_id, events)
                self.touched_cases.add(aggregate.case_id)
        return recordings

    def rebuild_index(self) -> None:
        """Index every stored case event again (a store from before the index, or a new layout)."""
        with self.recorder.transaction(commit=True) as session:  # type: ignore[attr-defined]
            hold_write_lock(session)
            fact_index.clear(session)
            case_ids: dict[Any, str] = {}
            start = None
            while True:
                page = self.recorder.select_notifications(
                    start=start, limit=500, inclusive_of_start=start is None
                )
                events = [self.mapper.to_domain_event(n) for n in page]
                for event in events:
                    if isinstance(event, Case.Created):
                        case_ids[event.originator_id] = event.case_id
                # A save's events are stored together: index each run of one case's events at once.
                for originator_id, run in groupby(events, key=lambda e: e.originator_id):
                    if originator_id in case_ids:
                        fact_index.project(session, case_ids[originator_id], list(run))
                if len(page) < 500:
                    break
                start = page[-1].id
            fact_index.mark_built(session)

    @classmethod
    def open(cls, db_url: str | None = None) -> CaseTracker:
        """The tracker on the configured store (`db_url`, else `CASEFILE_DB`, else ./casefile.db)."""
        url = store_url(db_url)
        with creating_tables(url):
            return cls(env=eventsourcing_env(url))

    @property
    def engine(self) -> Any:
        return self.recorder.datastore.engine  # type: ignore[attr-defined]

    @contextmanager
    def _reading(self, *, saving_held: bool = True) -> Iterator[Connection]:
        """A connection for the index: within a transaction under way (a batch being
        ingested), that transaction's own, so it sees what the batch wrote (its pending
        rows sent first; `saving_held`: its held aggregates saved first)."""
        with self.recorder.transaction(commit=False) as session:  # type: ignore[attr-defined]
            if saving_held:
                self.save_held()  # their index rows join the pending rows, sent next
            pending.flush_pending(session)
            yield session.connection()

    # -- cases ----------------------------------------------------------------------------

    def has_case(self, case_id: str) -> bool:
        # One stored record is enough to know: the repository would replay the whole case.
        return bool(self.recorder.select_events(case_uuid(case_id), limit=1))

    def get_case(self, case_id: str) -> Case:
        try:
            return self.repository.get(case_uuid(case_id))
        except AggregateNotFoundError:
            raise UnknownCase(case_id) from None

    def case_events(self, case_id: str) -> list[DomainEventProtocol[Any]]:
        """Every stored event of the case, in recorded order (the audit trail)."""
        events = list(self.events.get(case_uuid(case_id)))
        if not events:
            raise UnknownCase(case_id)
        return events

    def fact_events(
        self,
        case_id: str,
        *,
        reported_by: datetime | None = None,
        recorded_by: datetime | None = None,
    ) -> list[Case.FactReported]:
        """The case's fact reports published at or before `reported_by` and stored at or
        before `recorded_by` (no bound if None)."""
        return [
            event
            for event in self.known_events(
                case_id, reported_by=reported_by, recorded_by=recorded_by
            )
            if isinstance(event, Case.FactReported)
        ]

    def current_id(self, case_id: str) -> str:
        """The case an id names now: a merged case's id names the case it was merged into."""
        with self.engine.connect() as connection:
            return read_model.survivor_of(connection, case_id)

    def standing_events(self, case_id: str) -> list[DomainEventProtocol[Any]]:
        """The events that count in the case's views now (moves and merges honoured)."""
        return standing_events(self.case_events(self.current_id(case_id)))

    def article_reports(
        self, case: Case, article_id: str
    ) -> list[Case.FactReported | Case.Correction]:
        """An article's fact reports on `case` and the case's corrections: the stored ones,
        from the index, then those still pending on the aggregate (an ingest batch may hold
        it unsaved). Read without saving what the batch holds: its single save stays whole."""
        unsaved = [
            e for e in case.pending_events if isinstance(e, Case.FactReported | Case.Correction)
        ]
        if case.version == len(case.pending_events):  # nothing of it is stored yet
            return unsaved
        with self._reading(saving_held=False) as connection:
            stored = index_reads.article_reports(connection, case.case_id, case.id, article_id)
        return [*stored, *unsaved]

    def known_events(
        self,
        case_id: str,
        *,
        reported_by: datetime | None = None,
        recorded_by: datetime | None = None,
    ) -> list[Case.FactReported | Case.Correction]:
        """What a fold of the case at those times takes: the fact reports, and the corrections
        that apply (a revision's withdrawal from the revision's publication, a person's
        correction whatever the reported time), each stored by `recorded_by`.

        Now in the case file they are read from the index (`case_reads`); earlier, from the
        events."""
        if recorded_by is None:
            return self.now.known_events(case_id, reported_by=reported_by)
        events = [
            event
            for event in self.standing_events(case_id)
            if isinstance(
                event,
                Case.FactReported | Case.Correction | Case.PersonSplit,
            )
            and event.timestamp <= recorded_by
        ]
        return [e for e in events if reported_by is None or reported_by_then(e, reported_by)]

    def state(
        self, case_id: str, as_of: datetime | None = None, recorded_by: datetime | None = None
    ) -> CaseState:
        """The case as known at `as_of` (reported axis) in the case file as it stood at
        `recorded_by` (recorded axis); now if None. A merged case's id gives the case it is
        part of, under that case's id.

        Now in the case file, the state comes from the last checkpoint at or before `as_of`
        and the reports after it (`case_reads`); earlier in the case file, from the events.
        """
        if recorded_by is not None:
            case_id = self.current_id(case_id)
            events = self.known_events(case_id, reported_by=as_of, recorded_by=recorded_by)
            return fold(case_id, events, as_of)
        return self.now.state(case_id, as_of)

    def first_reports(self, state: CaseState) -> Callable[[KnownFact], SourceRef]:
        """Each fact's first source (`case_reads.CaseReads.first_reports`)."""
        return self.now.first_reports(state)

    def states_at(self, case_id: str, times: Iterable[datetime]) -> dict[datetime, CaseState]:
        """The case as known at each of `times` (reported axis), now in the case file: what
        `state` gives for each, from one read of the case's events."""
        return self.now.states_at(case_id, times)

    def attached_articles(
        self, case_id: str, until: datetime | None = None, recorded_by: datetime | None = None
    ) -> list[Case.ArticleAttached]:
        """The case's article revisions in reported order: those published by `until` and
        stored by `recorded_by` (no bound if None)."""
        if recorded_by is None:
            return self.now.attached_articles(case_id, until)
        attached = [
            e
            for e in self.standing_events(case_id)
            if isinstance(e, Case.ArticleAttached)
            and e.timestamp <= recorded_by
            and (until is None or e.reported_at <= until)
        ]
        return sorted(attached, key=lambda e: (e.reported_at, e.article_id))

    def list_cases(self) -> list[CaseSummary]:
        with self.engine.connect() as connection:
            return summaries(
                read_model.case_rows(connection), read_model.estimated_revisions(connection)
            )

    # -- articles -------------------------------------------------------------------------

    def find_article(self, article_id: str) -> Article | None:
        try:
            return self.repository.get(article_uuid(article_id))
        except AggregateNotFoundError:
            return None

    def get_article(self, article_id: str) -> Article:
        article = self.find_article(article_id)
        if article is None:
            raise UnknownArticle(article_id)
        return article


# Collection thresholds while ingesting: a young collection every 10,000 new objects, not
# 700, and older ones less often (defaults: 700, 10, 10).
_INGEST_GC_THRESHOLDS = (10_000, 20, 50)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Cyclic garbage collection less often while articles are ingested. An ingest keeps
    many long-lived objects (the cases it keeps in memory, extraction caches, a batch's rows)
    and makes few cycles: at the default thresholds the collector walked that heap about
    every 700 articles, some 300 µs an article of an ingest's time (measured with
    `gc.callbacks`), to free almost nothing; at these, about 100 µs. Memory is freed by
    reference counting as before."""
    before = gc.get_threshold()
    gc.set_threshold(*_INGEST_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)
