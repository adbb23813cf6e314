"""The case as known right after each of its reports, in reported order.

What `fold` gives for the reports up to each one, from one reading extended report by
report: folding from the start for each report costs the square of the reports, and a case
followed for a year has hundreds. Where a report cannot simply be added (a revision that
withdraws earlier reports, a new name that changes how an earlier one is keyed, a report
out of order) the reading is folded again from the start, as `fold` would.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from casefile.domain.corrections import Corrections
from casefile.domain.events import (
    ArticleAttached,
    Correction,
    FactReported,
    FactsWithdrawn,
    PersonSplit,
)
from casefile.domain.sources import reported_order
from casefile.domain.state import CannotExtend, CaseState, Reading

ReportKey = tuple[str, str]  # (article id, revision)


def states_after_each(
    case_id: str,
    events: Sequence[Any],
    reports: Sequence[ArticleAttached],
) -> list[CaseState]:
    """For each of `reports` (in reported order), the case as known right after it: the
    state `fold` gives from the person's corrections in `events` and the fact reports and
    withdrawals of that report and every one before it, as of its publication time."""
    own: dict[ReportKey, list[Any]] = {}
    standing: list[Any] = []
    for event in events:
        if isinstance(event, FactReported | FactsWithdrawn):
            own.setdefault((event.article_id, event.revision), []).append(event)
        elif isinstance(event, Correction | PersonSplit):
            standing.append(event)
    corrections = Corrections.of(standing)
    reading = Reading.empty()
    folded: list[FactReported] = []
    last: tuple[Any, ...] | None = None
    states = []
    for report in reports:
        batch = own.get((report.article_id, report.revision), [])
        added = sorted((e for e in batch if isinstance(e, FactReported)), key=reported_order)
        withdrawals = [e for e in batch if isinstance(e, FactsWithdrawn)]
        folded += added
        if withdrawals:
            standing += withdrawals
            corrections = Corrections.of(standing)
        in_order = not added or last is None or reported_order(added[0]) > last
        if withdrawals or not in_order:
            reading = _folded(folded, corrections)
        else:
            try:
                reading.extend(added, corrections)
            except CannotExtend:
                reading = _folded(folded, corrections)
        if added:
            last = max(last or reported_order(added[-1]), reported_order(added[-1]))
        states.append(reading.snapshot().finish(case_id, report.reported_at))
    return states


def _folded(reports: list[FactReported], corrections: Corrections) -> Reading:
    reading = Reading.empty()
    reading.extend(sorted(reports, key=reported_order), corrections)
    return reading
