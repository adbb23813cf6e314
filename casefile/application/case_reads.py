"""A case as it stands now in the case file, read from the fact index: its state at a
reported time, its reports and corrections, its articles, the changes between two times and
its reporting timeline.

These reads need only the index's rows (`adapters/fact_index.py`): the tracker runs them on
the store it opened (`CaseTracker`, any store), and a read verb on a plain SQLite store runs
them on a `sqlite3` connection (`adapters/plain_index.py`) without loading SQLAlchemy or the
event library. Either way the rows are folded here, by the domain's one fold, so both give
the same answers. Reads of the case file as it stood at an earlier recorded time replay the
stored events and stay the tracker's.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from casefile.adapters.index_rows import FromCheckpoint
from casefile.application.errors import UnknownCase
from casefile.domain.events import ArticleAttached, Correction, FactReported, FactsWithdrawn

if TYPE_CHECKING:
    # The fold's modules are imported where a read folds: `timeline` and `show --format
    # json` read a case's views (`case_views.py`) and fold nothing.
    from casefile.domain.changes import FactChange
    from casefile.domain.sources import SourceRef
    from casefile.domain.state import CaseState, KnownFact


class FactIndex(Protocol):
    """The index's queries a read of the case now takes (`index_reads.py` has each)."""

    def survivor_of(self, case_id: str) -> str: ...

    def has_case(self, case_id: str) -> bool: ...

    def checkpoint_of(
        self, case_id: str, until: datetime | None
    ) -> tuple[str, FromCheckpoint | None]: ...

    def fact_reports(self, case_id: str, until: datetime | None) -> list[Any]: ...

    def corrections(self, case_id: str, until: datetime | None) -> list[Any]: ...

    def known_events(self, case_id: str) -> list[Any]: ...

    def reports_of(self, case_id: str, versions: Sequence[int]) -> list[Any]: ...

    def attachments(self, case_id: str, until: datetime | None) -> list[Any]: ...

    def estimated_attachments(self, case_id: str) -> list[Any]: ...

    def has_checkpoint(self, case_id: str, until: datetime) -> tuple[str, bool]: ...

    def window(
        self, case_id: str, start: datetime, end: datetime, kinds: Collection[str] | None = None
    ) -> tuple[list, list]: ...

    def view_facts(self, case_id: str) -> list[tuple[str, str]] | None: ...

    def view_steps(self, case_id: str, column: str) -> list[tuple[str, str, str]] | None: ...


class CaseReads:
    """The reads of a case now in the case file, on an index. Their `recorded_by` (the case
    file as it stood then) must be None: those reads replay the events (`CaseTracker`)."""

    def __init__(self, index: FactIndex) -> None:
        self.index = index

    def current_id(self, case_id: str) -> str:
        """The case an id names now: a merged case's id names the case it was merged into."""
        return self.index.survivor_of(case_id)

    def has_case(self, case_id: str) -> bool:
        return self.index.has_case(case_id)

    def known_events(
        self, case_id: str, *, reported_by: datetime | None = None, recorded_by: None = None
    ) -> list[FactReported | Correction]:
        """The case's fact reports and the corrections that apply, published by
        `reported_by` (a person's correction whatever the reported time)."""
        _now_only(recorded_by)
        case_id = self.current_id(case_id)
        if not self.has_case(case_id):
            raise UnknownCase(case_id)
        events = self.index.known_events(case_id)
        return [e for e in events if reported_by is None or reported_by_then(e, reported_by)]

    def state(
        self, case_id: str, as_of: datetime | None = None, recorded_by: None = None
    ) -> CaseState:
        """The case as known at `as_of` (now if None), under the id of the case it is now
        part of: from the last checkpoint at or before `as_of` and the reports after it."""
        _now_only(recorded_by)
        with paused_gc():
            return self._state_from_checkpoint(case_id, as_of)

    def _state_from_checkpoint(self, case_id: str, as_of: datetime | None) -> CaseState:
        from casefile.domain.corrections import Corrections
        from casefile.domain.reading import CannotExtend, Reading

        case_id, found = self.index.checkpoint_of(case_id, as_of)
        if found is None:
            # No checkpoint by then (a short case, or one not refreshed yet): is it a case?
            if not self.has_case(case_id):
                raise UnknownCase(case_id)
            return self._indexed_fold(case_id, as_of)
        reading = Reading.from_dict(found.checkpoint.reading)
        try:
            reading.extend(found.reports, Corrections.of(found.corrections))
        except CannotExtend:
            return self._indexed_fold(case_id, as_of)
        state = reading.finish(case_id, as_of, lambda: self._indexed_fold(case_id, as_of))
        state.checkpoint = found.checkpoint.position
        return state

    def _indexed_fold(self, case_id: str, as_of: datetime | None) -> CaseState:
        """The fold of every report of the case published by `as_of`, read from the index."""
        from casefile.domain.reading import fold

        events = [
            *self.index.corrections(case_id, as_of),
            *self.index.fact_reports(case_id, as_of),
        ]
        return fold(case_id, events, as_of)

    def first_reports(self, state: CaseState) -> Callable[[KnownFact], SourceRef]:
        """Each fact of `state`'s first source (`fact.sources[0]`). A state read back from a
        checkpoint knows which report that is (`KnownFact.first_report`): those reports are
        read from the index by their versions, all at once when first asked, rather than
        folding the whole case again for its facts' reports."""
        from casefile.domain.sources import source_of

        found: dict[int, SourceRef] | None = None

        def first(fact: KnownFact) -> SourceRef:
            nonlocal found
            brief = fact.first_report()
            if brief is None:
                return fact.sources[0]
            if found is None:
                versions = [
                    b.version for f in state.all_facts() if (b := f.first_report()) is not None
                ]
                reports = self.index.reports_of(state.case_id, versions)
                found = {e.originator_version: source_of(e) for e in reports}
            source = found.get(brief.version)
            return source if source is not None else fact.sources[0]

        return first

    def states_at(self, case_id: str, times: Iterable[datetime]) -> dict[datetime, CaseState]:
        """The case as known at each of `times` (reported axis): what `state` gives for each,
        from one read of the case's events."""
        from casefile.domain.reading import fold

        case_id = self.current_id(case_id)
        events = self.known_events(case_id)
        return {
            when: fold(case_id, [e for e in events if reported_by_then(e, when)], when)
            for when in set(times)
        }

    def attached_articles(
        self, case_id: str, until: datetime | None = None, recorded_by: None = None
    ) -> list[ArticleAttached]:
        """The case's article revisions published by `until`, in reported order."""
        _now_only(recorded_by)
        case_id = self.current_id(case_id)
        if not self.has_case(case_id):
            raise UnknownCase(case_id)
        attached = self.index.attachments(case_id, until)
        return sorted(attached, key=lambda e: (e.reported_at, e.article_id))

    def estimated_articles(self, case_id: str) -> list[ArticleAttached]:
        """The case's article revisions whose publication time is estimated (what `diff`
        marks "(estimated)"), without reading every article of a long case."""
        case_id = self.current_id(case_id)
        found = self.index.estimated_attachments(case_id)
        return sorted(found, key=lambda e: (e.reported_at, e.article_id))

    # -- the case's views (`application/case_views.py`): rows, not a fold ------------------

    def stored_facts(self, case_id: str) -> tuple[str, list[tuple[str, str]]] | None:
        """The case the id names now, and (category, JSON) of each of its facts, then
        ("articles", JSON) of each of its articles, as `show --format json` writes them (at
        depth 2), read from its views; None without views."""
        case_id = self.current_id(case_id)
        rows = self.index.view_facts(case_id)
        return (case_id, rows) if rows is not None else None

    def stored_timeline(self, case_id: str, *, brief: bool = False) -> list[str] | None:
        """The JSON of each entry of the case's timeline, read from its views: as `timeline
        --format json` writes it (at depth 1), or (`brief`) what its text shows
        (`case_views.entry_brief`); None without views."""
        rows = self.index.view_steps(self.current_id(case_id), "brief" if brief else "document")
        return [row[2] for row in rows] if rows is not None else None


def _now_only(recorded_by: datetime | None) -> None:
    if recorded_by is not None:
        raise ValueError("the case file at an earlier recorded time is read by the tracker")


def reported_by_then(event: FactReported | Correction, when: datetime) -> bool:
    """Whether an event counts at reported time `when` (a person's correction always does)."""
    if isinstance(event, FactReported | FactsWithdrawn):
        return event.reported_at <= when
    return True


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a checkpoint is read and extended: that allocates
    tens of thousands of small objects without cycles, and the collector would walk the whole
    heap several times for nothing (a fifth of the query's time, and pauses of 50-150 ms)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Reads(Protocol):
    """What `changes_between` and `reporting_timeline` read: a `CaseTracker` (any time in
    the case file) or `CaseReads` (now)."""

    index: FactIndex

    def state(self, case_id: str, as_of: datetime | None = None) -> CaseState: ...

    def known_events(self, case_id: str, *, recorded_by: Any = None) -> list[Any]: ...

    def attached_articles(self, case_id: str) -> list[Any]: ...


def changes_between(
    reads: Reads,
    case_id: str,
    start: datetime,
    end: datetime,
    recorded_by: datetime | None = None,
) -> list[FactChange]:
    """What changed in the known state from `start` to `end` (reported axis), in the case
    file as it stood at `recorded_by` (now if None).

    Now in the case file: the two states from their checkpoints and the reports published in
    between, when that tells it (`compare_window`); otherwise every report of both states.
    """
    from casefile.domain.changes import compare
    from casefile.domain.reading import fold

    if recorded_by is None and start <= end:
        changes = _changes_in_window(reads, case_id, start, end)
        if changes is not None:
            return changes
    # Both states list every report behind their facts: one read of the case serves both.
    events = reads.known_events(case_id, recorded_by=recorded_by)
    before = fold(case_id, [e for e in events if reported_by_then(e, start)], start)
    after = fold(case_id, [e for e in events if reported_by_then(e, end)], end)
    return compare(before, after)


def _changes_in_window(
    reads: Reads, case_id: str, start: datetime, end: datetime
) -> list[FactChange] | None:
    """The changes from the states at `start` and `end` and the reports published in between
    (`compare_window`), or None when those cannot tell them."""
    from casefile.domain.changes import compare_window
    from casefile.domain.corrections import Corrections
    from casefile.domain.fact_keys import CATEGORIES
    from casefile.domain.windows import changed_facts, same_facts, window_reports

    _, checkpointed = reads.index.has_checkpoint(case_id, end)
    if not checkpointed:
        return None  # a short case: reading every report once costs no more
    after = reads.state(case_id, end)
    before = reads.state(case_id, start)
    if not same_facts(before, after):
        return None
    # Only the changed facts' reports are listed: an unchanged fact's new ones are not, and
    # the reports of another category are not even read (a long window has thousands).
    wanted = changed_facts(before, after)
    categories = {category for category, _key in wanted}
    kinds = {kind for kind, category in CATEGORIES.items() if category in categories}
    reports, corrections = reads.index.window(after.case_id, start, end, kinds)
    window = window_reports(after, reports, Corrections.of(corrections), wanted)
    return compare_window(before, after, window)


@dataclass(frozen=True)
class TimelineEntry:
    article: ArticleAttached
    changes: list[FactChange]


def reporting_timeline(reads: Reads, case_id: str) -> list[TimelineEntry]:
    """Article by article in reported order: what each one added, changed, repeated or withdrew.

    A person's corrections apply throughout; an article revision's withdrawals with it.
    Each article's changes are told from the facts it added to (`changes_after_each`).
    """
    from casefile.domain.state_steps import changes_after_each

    events = reads.known_events(case_id)
    articles = reads.attached_articles(case_id)
    steps = changes_after_each(case_id, events, articles)
    return [TimelineEntry(a, changes) for a, changes in zip(articles, steps, strict=True)]
