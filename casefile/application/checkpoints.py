"""Checkpoints of a case's fold along the reported axis, so `show --as-of` does not replay it.

Every `CHECKPOINT_EVERY` reports in reported order, the fold so far (`Reading`) is saved. A
query at T extends the last checkpoint at or before T by the reports after it. A checkpoint is
only placed where no revision published after it withdraws a report before it (that report
would count in the checkpoint but not at later times), and only after the last report of its
publication time: a query at any time reads the last checkpoint of a publication time, never
one before it, so one long article (thousands of reports, one time) gets one checkpoint, not
one per `CHECKPOINT_EVERY` reports, each the whole fold so far (which made its ingest grow
with the square of its length). Commands that store events call
`refresh_checkpoints` for the cases they touched; a case with missing checkpoints is still
answered correctly, from its last checkpoint or its first report. On PostgreSQL it first
brings the planner's statistics up to date for the tables the command changed a lot.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.engine import Connection

from casefile.adapters import fact_index, index_reads, read_model
from casefile.adapters.store import refresh_planner_statistics
from casefile.application import case_views
from casefile.application.case_refresh import refresh_each
from casefile.application.tracker import CaseTracker
from casefile.domain.case import Case, case_uuid
from casefile.domain.corrections import Corrections
from casefile.domain.reading import CannotExtend, Reading

CHECKPOINT_EVERY = 256


def refresh_checkpoints(
    tracker: CaseTracker, case_ids: Iterable[str], every: int | None = None
) -> int:
    """Add the checkpoints the cases lack (one per `every` reports, `CHECKPOINT_EVERY` by
    default); returns how many were made."""
    every = every or CHECKPOINT_EVERY
    # First: the checkpoints' own queries, and every query after, plan with true counts.
    refresh_planner_statistics(tracker.engine, read_model.metadata.tables)
    # Holding the write lock while reading too: a report stored meanwhile could make a
    # checkpoint untrue.
    current, made = refresh_each(
        tracker,
        case_ids,
        index_reads.cases_due,
        every,
        lambda session, case_id: _refresh(session.connection(), case_id, every),
    )
    # And the views (`timeline`, `show --format json`) of the cases long enough to have
    # checkpoints (`case_views.py`).
    case_views.refresh(tracker, current, at_least=every)
    return made


def _refresh(connection: Connection, case_id: str, every: int) -> int:
    originator = case_uuid(case_id)
    checkpoint = index_reads.last_checkpoint(connection, case_id)
    after = checkpoint.position if checkpoint else None
    later = index_reads.fact_reports(connection, case_id, originator, after=after)
    if len(later) < every:
        return 0
    # Each correction with the reported time it counts from ("" for a person's: always).
    timed = [
        (fact_index.time_key(c.reported_at) if isinstance(c, Case.FactsWithdrawn) else "", c)
        for c in index_reads.corrections(connection, case_id, originator)
    ]
    spans = index_reads.positions_withdrawn(connection, case_id)
    reading = Reading.from_dict(checkpoint.reading) if checkpoint else Reading.empty()
    positions = [fact_index.position_of(report) for report in later]
    made, pending = 0, []
    for index, report in enumerate(later):
        pending.append(report)
        position = positions[index]
        reported = position.split("|", 1)[0]
        if len(pending) < every:
            continue
        if index + 1 < len(later) and positions[index + 1].startswith(reported + "|"):
            continue  # the next report was published at the same time: see the module
        if any(first <= position and withdrawn > reported for first, withdrawn in spans):
            continue  # a later revision takes out a report before here
        corrections = Corrections.of(c for since, c in timed if since <= reported)
        try:
            reading.extend(pending, corrections)
        except CannotExtend:
            reading = Reading.empty()
            everything = index_reads.fact_reports(connection, case_id, originator, through=position)
            reading.extend(everything, corrections)
        fact_index.save_checkpoint(connection, case_id, position, reading.as_dict())
        made, pending = made + 1, []
    return made
