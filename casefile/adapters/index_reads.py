"""Reading a case's index rows back: its reports in reported order (all of them, up to a
position or a time, of some versions, of one article), its corrections and attachments, the
reports of a window of time, and its checkpoints (the last one before a time, with the reports
after it in one statement, and which cases are due a new one).

The rows and checkpoints are written by `fact_index.py` (its tables, in the transaction that
stores their events); the plain SQLite reads of a read verb (`plain_index.py`) run the same
queries without SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import and_, bindparam, func, literal, or_, select, union_all
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select

from casefile.adapters import index_rows
from casefile.adapters.fact_index import (
    AGGREGATE_EVENTS,
    checkpoints,
    correction_targets,
    reports,
)
from casefile.adapters.index_rows import (
    Checkpoint,
    FromCheckpoint,
    from_checkpoint_rows,
    last_position_at,
    time_key,
)
from casefile.domain.case import FACT_EVENTS, Case


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
