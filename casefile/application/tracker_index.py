"""The fact index's reads on the tracker's store (`TrackerIndex`): what `case_reads.CaseReads`
reads a case now in the case file from, each read within the tracker's transaction under way
(an ingest batch's, its held aggregates saved and its pending rows sent first).

A plain SQLite store is read the same way with `sqlite3` (`adapters/plain_index.py`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from casefile.adapters import case_views, index_reads, read_model
from casefile.adapters.index_rows import FromCheckpoint
from casefile.domain.case import case_uuid

if TYPE_CHECKING:
    from casefile.application.tracker import CaseTracker


class TrackerIndex:
    """The fact index's reads (`case_reads.FactIndex`) on the tracker's store: each within
    `CaseTracker._reading` (an ingest batch's own transaction, its pending rows sent first)."""

    def __init__(self, tracker: CaseTracker) -> None:
        self.tracker = tracker

    def survivor_of(self, case_id: str) -> str:
        with self.tracker.engine.connect() as connection:
            return read_model.survivor_of(connection, case_id)

    def has_case(self, case_id: str) -> bool:
        return self.tracker.has_case(case_id)

    def checkpoint_of(
        self, case_id: str, until: datetime | None
    ) -> tuple[str, FromCheckpoint | None]:
        with self.tracker._reading() as connection:
            # One connection, two round trips: which case the id names, then everything else.
            case_id = read_model.survivor_of(connection, case_id)
            return case_id, index_reads.from_checkpoint(
                connection, case_id, case_uuid(case_id), until
            )

    def fact_reports(self, case_id: str, until: datetime | None) -> list[Any]:
        with self.tracker._reading() as connection:
            return index_reads.fact_reports(connection, case_id, case_uuid(case_id), until=until)

    def corrections(self, case_id: str, until: datetime | None) -> list[Any]:
        with self.tracker._reading() as connection:
            return index_reads.corrections(connection, case_id, case_uuid(case_id), until)

    def known_events(self, case_id: str) -> list[Any]:
        with self.tracker._reading() as connection:
            return index_reads.known_events(connection, case_id, case_uuid(case_id))

    def reports_of(self, case_id: str, versions: Sequence[int]) -> list[Any]:
        with self.tracker._reading() as connection:
            return index_reads.reports_of(connection, case_id, case_uuid(case_id), versions)

    def attachments(self, case_id: str, until: datetime | None) -> list[Any]:
        with self.tracker._reading() as connection:
            return index_reads.attachments(connection, case_id, case_uuid(case_id), until)

    def estimated_attachments(self, case_id: str) -> list[Any]:
        return [a for a in self.attachments(case_id, None) if a.reported_estimated]

    def has_checkpoint(self, case_id: str, until: datetime) -> tuple[str, bool]:
        with self.tracker._reading() as connection:
            current = read_model.survivor_of(connection, case_id)
            return current, index_reads.has_checkpoint(connection, current, until)

    def window(
        self, case_id: str, start: datetime, end: datetime, kinds: Collection[str] | None = None
    ) -> tuple[list, list]:
        with self.tracker._reading() as connection:
            return index_reads.window(connection, case_id, case_uuid(case_id), start, end, kinds)

    def view_facts(self, case_id: str) -> list[tuple[str, str]] | None:
        with self.tracker._reading() as connection:
            return case_views.facts_of(connection, case_id)

    def view_steps(self, case_id: str, column: str) -> list[tuple[str, str, str]] | None:
        with self.tracker._reading() as connection:
            return case_views.steps_of(connection, case_id, column)
