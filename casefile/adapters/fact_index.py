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
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

import orjson
from sqlalchemy import (
    Column,
    Index,
    Integer,
    String,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from casefile.adapters import case_views, fact_search, index_rows
from casefile.adapters import pending as pending_rows
from casefile.adapters.cipher import SealedText
from casefile.adapters.index_rows import (
    Checkpoint,
    FromCheckpoint,
    from_checkpoint_rows,
    last_position_at,
    time_key,
)
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


# -- reading ------------------------------------------------------------------------------------


def _case_events(case_id: str) -> Select[Any]:
    return select(reports.c.event, reports.c.payload).where(reports.c.case_id == case_id)


def _events(connection: Connection, query: Select[Any], originator_id: UUID) -> list[Any]:
    return [
        index_rows.decode(name, payload, originator_id, AGGREGATE_EVENTS)
        for name, payload in connection.execute(query)
    ]


def fact_reports(
    connection: Connection,
    case_id: str,
    originator_id: UUID,
    *,
    after: str | None = None,
    through: str | None = None,
    until: datetime | None = None,
) -> list[Case.FactReported]:
    """The case's fact reports after position `after`, up to position `through`, published by
    `until`, in reported order."""
    query = _case_events(case_id).where(reports.c.position.is_not(None))
    if after is not None:
        query = query.where(reports.c.position > after)
    if through is not None:
        query = query.where(reports.c.position <= through)
    if until is not None:
        query = query.where(reports.c.position <= last_position_at(until))
    return _events(connection, query.order_by(reports.c.position), originator_id)


def known_events(
    connection: Connection, case_id: str, originator_id: UUID
) -> list[Case.FactReported | Case.Correction]:
    """The case's fact reports and corrections, in the order they were stored."""
    query = _case_events(case_id).where(
        reports.c.event.in_([*FACT_EVENTS, *index_rows.CORRECTIONS])
    )
    return _events(connection, query.order_by(reports.c.version), originator_id)


def reports_of(
    connection: Connection, case_id: str, originator_id: UUID, versions: Sequence[int]
) -> list[Case.FactReported]:
    """The case's fact reports of these event versions."""
    wanted = sorted(set(versions))
    found: list[Any] = []
    for start in range(0, len(wanted), 500):
        query = _case_events(case_id).where(
            reports.c.version.in_(wanted[start : start + 500]), reports.c.position.is_not(None)
        )
        found += _events(connection, query, originator_id)
    return found


def article_reports(
    connection: Connection, case_id: str, originator_id: UUID, article_id: str
) -> list[Case.FactReported | Case.Correction]:
    """An article's fact reports on the case and the case's corrections, in stored order
    (what a new revision of the article is compared with)."""
    query = _case_events(case_id).where(
        or_(
            and_(reports.c.article_id == article_id, reports.c.event.in_(FACT_EVENTS)),
            reports.c.event.in_(list(index_rows.CORRECTIONS)),
        )
    )
    return _events(connection, query.order_by(reports.c.version), originator_id)


def attachments(
    connection: Connection, case_id: str, originator_id: UUID, until: datetime | None = None
) -> list[Case.ArticleAttached]:
    """The article revisions the case holds, published by `until`."""
    query = _case_events(case_id).where(reports.c.event == "ArticleAttached")
    if until is not None:
        query = query.where(reports.c.reported_at <= time_key(until))
    return _events(connection, query.order_by(reports.c.version), originator_id)


def corrections(
    connection: Connection,
    case_id: str,
    originator_id: UUID,
    until: datetime | None = None,
) -> list[Case.Correction]:
    """A person's corrections of the case, and the withdrawals of revisions published by
    `until`."""
    query = _case_events(case_id).where(reports.c.event.in_(list(index_rows.CORRECTIONS)))
    if until is not None:
        query = query.where(
            or_(reports.c.reported_at.is_(None), reports.c.reported_at <= time_key(until))
        )
    return _events(connection, query.order_by(reports.c.version), originator_id)


def last_checkpoint(
    connection: Connection, case_id: str, until: datetime | None = None
) -> Checkpoint | None:
    """The case's last checkpoint at or before `until` (reported axis)."""
    query = select(checkpoints.c.position, checkpoints.c.reading).where(
        checkpoints.c.case_id == case_id
    )
    if until is not None:
        query = query.where(checkpoints.c.position <= last_position_at(until))
    row = connection.execute(query.order_by(checkpoints.c.position.desc()).limit(1)).first()
    return Checkpoint(row[0], index_rows.unpack(row[1])) if row else None


def _targets_of(correction: Any) -> Any:
    """The join of a correction's rows (`reports` or an alias) to the reports it targets."""
    return and_(
        correction_targets.c.case_id == correction.c.case_id,
        correction_targets.c.version == correction.c.version,
    )


def _reports_after(after: Any) -> tuple[Select[Any], Select[Any]]:
    """The reports after position `after` up to `:bound`, in reported order, and those of
    their corrections that count by `:until` (a person's: always)."""
    case_id, bound = bindparam("case_id"), bindparam("bound")
    in_range = and_(
        reports.c.case_id == case_id, reports.c.position > after, reports.c.position <= bound
    )
    later = select(
        literal(1).label("part"), reports.c.position, reports.c.event, reports.c.payload
    ).where(in_range)
    # From the targets of the reports in range to their corrections: a long case has
    # thousands of corrections, and scanning them all costs more than the reports.
    correction = reports.alias("correction")
    correcting = (
        select(
            literal(2).label("part"),
            correction.c.position,
            correction.c.event,
            correction.c.payload,
        )
        .select_from(correction_targets)
        .join(
            correction,
            _targets_of(correction),
        )
        .where(
            correction_targets.c.case_id == case_id,
            correction_targets.c.target.in_(select(reports.c.version).where(in_range)),
            or_(correction.c.reported_at.is_(None), correction.c.reported_at <= bindparam("until")),
        )
        .distinct()  # a revision's withdrawal may target several of the reports
    )
    return later, correcting


def _ordered(*parts: Select[Any]) -> Select[Any]:
    compound = union_all(*parts).subquery()
    return select(compound).order_by(compound.c.part, compound.c.position)


def _from_checkpoint_query() -> Select[Any]:
    # One statement, so one round trip: the checkpoint (part 0), the reports after it (1)
    # and their corrections (2), ordered so that the reports come in reported order.
    case_id, bound = bindparam("case_id"), bindparam("bound")
    position = (
        select(func.max(checkpoints.c.position))
        .where(checkpoints.c.case_id == case_id, checkpoints.c.position <= bound)
        .scalar_subquery()
    )
    checkpoint = select(
        literal(0).label("part"),
        checkpoints.c.position,
        literal("").label("event"),
        checkpoints.c.reading.label("payload"),
    ).where(checkpoints.c.case_id == case_id, checkpoints.c.position == position)
    return _ordered(checkpoint, *_reports_after(position))


def _window_query() -> Select[Any]:
    later, correcting = _reports_after(bindparam("after"))
    return _ordered(later, correcting)


_FROM_CHECKPOINT = _from_checkpoint_query()


def from_checkpoint(
    connection: Connection, case_id: str, originator_id: UUID, until: datetime | None = None
) -> FromCheckpoint | None:
    """The last checkpoint at or before `until` (reported axis), the reports after it up to
    `until` and their corrections published by then (a person's: always); None without a
    checkpoint."""
    latest = time_key(until) if until is not None else index_rows.NO_TIME
    rows = connection.execute(
        _FROM_CHECKPOINT, {"case_id": case_id, "bound": f"{latest}|\x7f", "until": latest}
    ).all()
    return from_checkpoint_rows(rows, originator_id, AGGREGATE_EVENTS)


_WINDOW = _window_query()


def window(
    connection: Connection,
    case_id: str,
    originator_id: UUID,
    start: datetime,
    end: datetime,
    kinds: Collection[str] | None = None,
) -> tuple[list[Case.FactReported], list[Case.Correction]]:
    """The reports published after `start` up to `end` (of these fact `kinds`, if given), in
    reported order, and those of their corrections that count at `end`."""
    latest = time_key(end)
    rows = connection.execute(
        _WINDOW,
        {
            "case_id": case_id,
            "after": last_position_at(start),
            "bound": f"{latest}|\x7f",
            "until": latest,
        },
    ).all()
    return index_rows.window_rows(rows, originator_id, AGGREGATE_EVENTS, kinds)


def has_checkpoint(connection: Connection, case_id: str, until: datetime) -> bool:
    """Whether the case has a checkpoint at or before `until` (reported axis)."""
    query = select(checkpoints.c.position).where(
        checkpoints.c.case_id == case_id, checkpoints.c.position <= last_position_at(until)
    )
    return connection.execute(query.limit(1)).first() is not None


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


def checkpoint_count(connection: Connection, case_id: str) -> int:
    return connection.scalar(
        select(func.count()).select_from(checkpoints).where(checkpoints.c.case_id == case_id)
    )


def positions_withdrawn(connection: Connection, case_id: str) -> list[tuple[str, str]]:
    """For each revision's withdrawal of the case: the first position it takes out, and when."""
    withdrawal, withdrawn = reports.alias("withdrawal"), reports.alias("withdrawn")
    query = (
        select(func.min(withdrawn.c.position), withdrawal.c.reported_at)
        .select_from(withdrawal)
        .join(
            correction_targets,
            _targets_of(withdrawal),
        )
        .join(
            withdrawn,
            and_(
                withdrawn.c.case_id == withdrawal.c.case_id,
                withdrawn.c.version == correction_targets.c.target,
            ),
        )
        .where(withdrawal.c.case_id == case_id, withdrawal.c.event == "FactsWithdrawn")
        .group_by(withdrawal.c.version, withdrawal.c.reported_at)
    )
    return [(first, reported_at) for first, reported_at in connection.execute(query)]


def cases_due(connection: Connection, case_ids: Iterable[str], every: int) -> list[str]:
    """Those of `case_ids` with at least `every` reports after their last checkpoint."""
    wanted = sorted(set(case_ids))
    due: list[str] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        last = (
            select(checkpoints.c.case_id, func.max(checkpoints.c.position).label("position"))
            .where(checkpoints.c.case_id.in_(chunk))
            .group_by(checkpoints.c.case_id)
            .subquery()
        )
        query = (
            select(reports.c.case_id)
            .outerjoin(last, last.c.case_id == reports.c.case_id)
            .where(
                reports.c.case_id.in_(chunk),
                reports.c.position.is_not(None),
                or_(last.c.position.is_(None), reports.c.position > last.c.position),
            )
            .group_by(reports.c.case_id)
            .having(func.count() >= every)
        )
        due.extend(connection.scalars(query))
    return due
