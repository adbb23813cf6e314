"""A case's reports indexed by reported time, and checkpoints of its fold along that axis.

`show --as-of T` must not replay the whole case. Every fact report and correction a case
stores is also a row here, written in the same transaction as its event (see
`CaseTracker._record`), keyed by its place in reported order (`position`: publication time,
article, offset in the text, event version). A checkpoint is the fold of a case's reports up to
one position (`Reading.as_dict`, without the reports themselves); the state at T is the last
checkpoint at or before T extended by the few reports after it.

A checkpoint stays true only while nothing is stored before its position: a report published
earlier than it (archives arrive out of order) or a revision withdrawing reports before it
deletes it, and a person's correction, a move or a merge deletes all of the case's, in the
transaction that stores the change. `refresh_checkpoints` (run after each command that writes)
adds them again. The rows hold nothing the events do not: `rebuild` recreates them.

This module writes the rows and checkpoints; `index_reads.py` reads them back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import (
    Column,
    Index,
    Integer,
    String,
    Table,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from casefile.adapters import case_views, fact_search, index_rows
from casefile.adapters import pending as pending_rows
from casefile.adapters.cipher import SealedText
from casefile.adapters.index_rows import time_key
from casefile.adapters.read_model import metadata
from casefile.domain.case import FACT_EVENTS, Case

INDEX_VERSION = index_rows.INDEX_VERSION
# The tracker reads the rows as the aggregate's own events (the write path tests against them).
AGGREGATE_EVENTS: dict[str, type] = {
    **FACT_EVENTS,
    "FactRetracted": Case.FactRetracted,
    "FactAmended": Case.FactAmended,
    "FactsWithdrawn": Case.FactsWithdrawn,
    "PersonSplit": Case.PersonSplit,
    "ArticleAttached": Case.ArticleAttached,
}
assert set(AGGREGATE_EVENTS) == set(index_rows.EVENT_CLASSES)

reports = Table(
    "casefile_reports",
    metadata,
    Column("case_id", SealedText, primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("event", String(40), nullable=False),
    # Reported order, as sortable text; NULL for a person's correction (it counts at any time).
    Column("position", String(120)),
    Column("reported_at", String(32)),
    Column("article_id", String(32)),
    # The event's attributes as JSON (sealed: they hold names and quotes).
    Column("payload", SealedText, nullable=False),
    Index("ix_casefile_reports_position", "case_id", "position"),
    Index("ix_casefile_reports_event", "case_id", "event", "reported_at"),
)

# Which fact reports each correction targets: the corrections of the reports after a
# checkpoint are found without reading every correction of the case.
correction_targets = Table(
    "casefile_correction_targets",
    metadata,
    Column("case_id", SealedText, primary_key=True),
    Column("target", Integer, primary_key=True),
    Column("version", Integer, primary_key=True),
)

checkpoints = Table(
    "casefile_checkpoints",
    metadata,
    Column("case_id", SealedText, primary_key=True),
    Column("position", String(120), primary_key=True),
    Column("reported_at", String(32), nullable=False),
    Column("reading", SealedText, nullable=False),
)

index_state = Table(
    "casefile_index_state",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("version", Integer, nullable=False),
)


def position_of(event: Case.FactReported) -> str:
    start = int(event.evidence.get("start", 0))
    return f"{time_key(event.reported_at)}|{event.article_id}|{start:010d}|{event.originator_version:010d}"


# -- writing: the rows of the events a save stores --------------------------------------------


def is_built(connection: Connection) -> bool:
    built = connection.scalar(select(index_state.c.version).where(index_state.c.name == "reports"))
    return built == INDEX_VERSION


def mark_built(session: Session | Connection) -> None:
    session.execute(delete(index_state).where(index_state.c.name == "reports"))
    session.execute(insert(index_state).values(name="reports", version=INDEX_VERSION))


def project(session: Session | Connection, case_id: str, events: Iterable[Any]) -> None:
    """Index the events just stored for case `case_id`, and drop the checkpoints they make
    untrue (in an ingest batch: with the batch's pending rows, see `pending.py`)."""
    rows: list[dict[str, Any]] = []
    targets: list[dict[str, Any]] = []
    earliest: str | None = None  # checkpoints from this position on are no longer true
    everything = False  # no checkpoint of the case is
    words: list[dict[str, Any]] = []
    for event in events:
        if isinstance(event, Case.FactReported):
            row = _row(case_id, event, position_of(event), event.reported_at)
            rows.append(row)
            words += fact_search.word_rows(case_id, event)
            earliest = min(earliest or row["position"], row["position"])
        elif isinstance(event, Case.ArticleAttached):
            rows.append(_row(case_id, event, None, event.reported_at))
        elif isinstance(event, Case.FactsWithdrawn):
            rows.append(_row(case_id, event, None, event.reported_at))
            targets += _targets(case_id, event, event.fact_versions)
            pending_rows.flush_pending(session)  # the withdrawn reports may be pending
            first = _first_position(session, case_id, event.fact_versions, rows)
            if first is not None:
                earliest = min(earliest or first, first)
        elif isinstance(event, Case.FactRetracted | Case.FactAmended):
            rows.append(_row(case_id, event, None, None))
            targets += _targets(case_id, event, [event.fact_version])
            everything = True
        elif isinstance(event, Case.PersonSplit):
            rows.append(_row(case_id, event, None, None))
            everything = True  # every checkpoint keyed the person's names otherwise
        elif isinstance(event, Case.ArticleMovedOut):
            _flush(session, rows, targets)
            pending_rows.flush_pending(session)
            # As `standing_events`: the article's reports (and revisions' withdrawals) go along.
            session.execute(
                delete(reports).where(
                    reports.c.case_id == case_id, reports.c.article_id == event.article_id
                )
            )
            everything = True
        elif isinstance(event, Case.MergedInto):
            _flush(session, rows, targets)
            pending_rows.flush_pending(session)
            session.execute(
                delete(reports).where(
                    reports.c.case_id == case_id,
                    reports.c.event.in_([*FACT_EVENTS, "ArticleAttached"]),
                )
            )
            everything = True
        elif isinstance(event, Case.CasesMerged | Case.ArticleMovedIn):
            everything = True  # the reports copied after it may come before any checkpoint
    _flush(session, rows, targets)
    _flush_words(session, words)
    # Whatever the events, the case's views (`case_views.py`) are no longer true.
    since = None if everything else (earliest or VIEWS_ONLY)
    pending = pending_rows.of(session)
    if pending is not None:
        pending.drop_checkpoints(case_id, since)
    else:
        drop_checkpoints(session, {case_id: since})


# A drop from this position on makes no checkpoint untrue (every position sorts before it):
# only the case's views are.
VIEWS_ONLY = "\x7f"


def drop_checkpoints(session: Session | Connection, drops: dict[str, str | None]) -> None:
    """Delete each case's checkpoints from its position on (all of them for None), and each
    case's views."""
    case_views.drop(session, drops)
    drops = {case_id: since for case_id, since in drops.items() if since != VIEWS_ONLY}
    if len(drops) > 1:
        # Most cases a batch writes to have no checkpoints yet: one query finds those that do.
        wanted, held = sorted(drops), set()
        for start in range(0, len(wanted), 500):
            query = select(checkpoints.c.case_id.distinct()).where(
                checkpoints.c.case_id.in_(wanted[start : start + 500])
            )
            held.update(session.scalars(query))
        drops = {case_id: since for case_id, since in drops.items() if case_id in held}
    for case_id, since in drops.items():
        query = delete(checkpoints).where(checkpoints.c.case_id == case_id)
        if since is not None:
            query = query.where(checkpoints.c.position >= since)
        session.execute(query)


def pending_rows_of_batch() -> pending_rows.PendingRows:
    """The rows of an ingest batch, held until it commits (see `pending.py`)."""
    return pending_rows.PendingRows(drop_checkpoints)


def _row(case_id: str, event: Any, position: str | None, reported_at: datetime | None) -> dict:
    return {
        "case_id": case_id,
        "version": event.originator_version,
        "event": type(event).__name__,
        "position": position,
        "reported_at": time_key(reported_at) if reported_at else None,
        "article_id": getattr(event, "article_id", None),
        "payload": _encode(event),
    }


def _targets(case_id: str, event: Any, versions: Iterable[int]) -> list[dict[str, Any]]:
    return [
        {"case_id": case_id, "target": target, "version": event.originator_version}
        for target in sorted(set(versions))
    ]


def _flush(session: Session | Connection, rows: list[dict], targets: list[dict]) -> None:
    pending = pending_rows.of(session)
    if pending is not None:
        pending.add(reports, rows)
        pending.add(correction_targets, targets)
        rows.clear()
        targets.clear()
        return
    if rows:
        session.execute(insert(reports), rows)
        rows.clear()
    if targets:
        session.execute(insert(correction_targets), targets)
        targets.clear()


def _flush_words(session: Session | Connection, words: list[dict[str, Any]]) -> None:
    pending = pending_rows.of(session)
    if pending is not None:
        pending.add(fact_search.search_words, words)
    elif words:
        session.execute(insert(fact_search.search_words), words)


def _first_position(
    session: Session | Connection, case_id: str, versions: Sequence[int], pending: list[dict]
) -> str | None:
    wanted = set(versions)
    positions = [r["position"] for r in pending if r["version"] in wanted and r["position"]]
    stored = session.scalar(
        select(func.min(reports.c.position)).where(
            reports.c.case_id == case_id, reports.c.version.in_(wanted)
        )
    )
    return min([p for p in [*positions, stored] if p], default=None)


def _encode(event: Any) -> str:
    attrs = dict(vars(event))
    del attrs["originator_id"]  # the case's, known to every reader
    # orjson writes a datetime as `isoformat` does; `index_rows.decode` reads them back.
    return orjson.dumps(attrs).decode()


def clear(session: Session | Connection) -> None:
    case_views.clear(session)
    for table in (checkpoints, correction_targets, reports, fact_search.search_words):
        session.execute(delete(table))


def save_checkpoint(
    session: Session | Connection, case_id: str, position: str, reading: dict[str, Any]
) -> None:
    session.execute(
        insert(checkpoints).values(
            case_id=case_id,
            position=position,
            reported_at=position.split("|", 1)[0],
            reading=index_rows.pack(reading),
        )
    )
