"""The aggregates of one ingest run, kept in memory between its articles and batches.

Appending to a case would otherwise replay all its events for every article; this cache is
what keeps ingest time flat as cases grow, and stays out of the use case's way in
`ingest`.
"""

from __future__ import annotations

from collections import OrderedDict
from uuid import UUID

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from casefile.application.tracker import CaseTracker, HeldAggregates, UnknownCase
from casefile.domain.article import Article, article_uuid
from casefile.domain.case import Case, case_uuid

# Cases kept in memory between articles (each checked against the store before use).
CACHED_CASES = 2000


class AggregateCache:
    """The `Case` aggregates of one ingest run, kept between its articles and batches.

    Appending to a case would otherwise replay all its events for every article. A kept case
    is used as is only while this run holds the write lock and has checked it against the
    store in the same transaction; otherwise its stored version is read first (one indexed
    look-up) and it is brought up to date from the events after its version, or read anew.
    A case touched by an article that failed is dropped, so nothing rolled back survives in
    memory. A save from a stale case would still fail on the events' unique version (and be
    retried): it can never be written at a wrong version.
    """

    def __init__(self, tracker: CaseTracker, size: int = CACHED_CASES):
        self.tracker = tracker
        self.size = size
        self.kept: OrderedDict[str, Case] = OrderedDict()
        self.current: set[str] = set()  # checked against the store in this transaction
        self.held: HeldAggregates | None = None  # the batch's unsaved aggregates, if any
        table = tracker.recorder.events_record_cls.__table__  # type: ignore[attr-defined]
        self._latest = select(func.max(table.c.originator_version)).where(
            table.c.originator_id == bindparam("originator_id")
        )
        self._latest_of_many = (
            select(table.c.originator_id, func.max(table.c.originator_version))
            .where(table.c.originator_id.in_(bindparam("ids", expanding=True)))
            .group_by(table.c.originator_id)
        )
        self.new_transaction()

    def new_transaction(self) -> None:
        self.current.clear()
        self.article_versions: dict[str, int] = {}
        self.articles_written: set[str] = set()

    def forget_all(self) -> None:
        self.kept.clear()
        self.current.clear()

    def latest_version(self, originator_id: UUID) -> int | None:
        held = self.held.get(originator_id) if self.held is not None else None
        if held is not None:
            return held.version  # its events not saved yet count
        # Inside the ingest transaction: the recorder's reads share its session.
        with self.tracker.recorder.transaction(commit=False) as session:  # type: ignore[attr-defined]
            return session.connection().scalar(self._latest, {"originator_id": originator_id})

    def has_case(self, case_id: str) -> bool:
        return case_id in self.current or self.latest_version(case_uuid(case_id)) is not None

    def get_case(self, case_id: str) -> Case:
        held = self.held.get(case_uuid(case_id)) if self.held is not None else None
        if held is not None:
            self._keep(held)
            return held
        case = self.kept.get(case_id)
        if case is not None and case_id in self.current:
            self.kept.move_to_end(case_id)
            return case
        version = self.latest_version(case_uuid(case_id))
        if version is None:
            raise UnknownCase(case_id)
        if case is not None and case.version < version:
            for event in self.tracker.events.get(case.id, gt=case.version):
                case = event.mutate(case)
        if case is None or case.version != version:
            case = self.tracker.get_case(case_id)
        self._keep(case)
        return case

    def saved(self, *cases: Case) -> None:
        for case in cases:
            self._keep(case)

    def _keep(self, case: Case) -> None:
        self.kept[case.case_id] = case
        self.kept.move_to_end(case.case_id)
        self.current.add(case.case_id)
        while len(self.kept) > self.size:
            old, _ = self.kept.popitem(last=False)
            self.current.discard(old)

    def look_up_articles(self, article_ids: list[str]) -> None:
        """Which of these articles are stored, in one query (holding the write lock, so it
        stays true for this transaction but for what this run writes)."""
        ids = {article_uuid(article_id): article_id for article_id in article_ids}
        with self.tracker.recorder.transaction(commit=False) as session:  # type: ignore[attr-defined]
            rows = session.connection().execute(self._latest_of_many, {"ids": list(ids)})
            self.article_versions = {ids[UUID(str(row[0]))]: row[1] for row in rows}

    def find_article(self, session: Session, article_id: str) -> Article | None:
        """The stored article, or None (most articles are new: no read at all for them)."""
        held = self.held.get(article_uuid(article_id)) if self.held is not None else None
        if held is not None:
            return held  # stored earlier in this batch, not saved yet
        if article_id in self.articles_written:
            if self.latest_version(article_uuid(article_id)) is None:
                return None
        elif article_id not in self.article_versions:
            return None
        return self.tracker.find_article(article_id)

    def article_saved(self, article_id: str) -> None:
        self.articles_written.add(article_id)
