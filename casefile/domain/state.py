"""The state of a case as known at some time: its facts by category (`KnownFact`: the fact's
current fields, every report of it and its corrections) and the reports that no longer count
(`RemovedReport`).

What a state holds is decided by the fold (`reading.py`), which makes it from the case's fact
and correction events. A state finished from a checkpoint reads the reports behind its facts
only when asked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from casefile.domain.corrections import CorrectionRef
from casefile.domain.sources import (
    Corroboration,
    Coverage,
    ReportBrief,
    SourceRef,
    source_order,
)


class KnownFact:
    """A fact as known after folding: its current fields, every report of it, and corrections.

    `stated` holds what each counted report stated (amendments applied), by the report's event
    version: `fields` are the merged result, these the per-source values audits compare.
    A fact finished from a checkpoint reads its reports (`sources`, `stated`) only when asked,
    from the full fold `details` gives.
    """

    def __init__(
        self,
        kind: str,
        key: tuple[Any, ...],
        fields: dict[str, Any],
        sources: list[SourceRef] | None = None,
        corrections: list[CorrectionRef] | None = None,
        stated: dict[int, dict[str, Any]] | None = None,
        coverage: Coverage | None = None,
        details: Callable[[], KnownFact] | None = None,
    ) -> None:
        self.kind, self.key, self.fields = kind, key, fields
        self.corrections = corrections if corrections is not None else []
        # None: not held (a fact read back from a checkpoint); `details` then gives them.
        self._sources = sources
        self._stated = stated
        self.coverage = coverage
        self._details = details

    def __repr__(self) -> str:
        return f"KnownFact({self.kind!r}, {self.key!r}, {self.fields!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KnownFact):
            return NotImplemented
        return _comparable(self) == _comparable(other)

    __hash__ = None  # type: ignore[assignment]

    def _load(self) -> None:
        if self._details is not None:
            full = self._details()
            self._sources, self._stated, self._details = full.sources, full.stated, None

    @property
    def sources(self) -> list[SourceRef]:
        self._load()
        assert self._sources is not None
        return self._sources

    @sources.setter
    def sources(self, sources: list[SourceRef]) -> None:
        self._load()
        self._sources = sources

    @property
    def stated(self) -> dict[int, dict[str, Any]]:
        self._load()
        assert self._stated is not None
        return self._stated

    def join(self, other: KnownFact) -> None:
        """`other` is this same fact, from reports that left a detail out: its reports join."""
        self.corrections += other.corrections
        self.coverage = None  # the wordings of both are needed: recounted from the sources
        if self._details is None:
            self.sources = sorted(self.sources + other.sources, key=source_order)
            self.stated.update(other.stated)

    def sort_sources(self) -> None:
        if self._details is None:
            self.sources.sort(key=source_order)

    def add_report(self, source: SourceRef, stated: dict[str, Any]) -> None:
        assert self.coverage is not None
        self.coverage.add(source, stated)
        if self._sources is not None:
            self._sources.append(source)
        if self._stated is not None:
            self._stated[source.version] = stated

    def copy(self) -> KnownFact:
        """The same fact, with its own fields, reports, corrections and coverage."""
        coverage = self.coverage.copy() if self.coverage is not None else None
        sources = list(self._sources) if self._sources is not None else None
        stated = dict(self._stated) if self._stated is not None else None
        return KnownFact(
            self.kind,
            self.key,
            dict(self.fields),
            sources,
            list(self.corrections),
            stated,
            coverage,
            self._details,
        )

    def sharing_reports(self) -> KnownFact:
        """The same fact with its own fields and corrections, sharing its reports and coverage."""
        return KnownFact(
            self.kind,
            self.key,
            dict(self.fields),
            self._sources,
            list(self.corrections),
            self._stated,
            self.coverage,
            self._details,
        )

    def read_reports_from(self, details: Callable[[], KnownFact]) -> None:
        """A fact read back from a checkpoint: its reports come from `details` when asked."""
        self._details = details

    def first_report(self) -> ReportBrief | None:
        """Which report stated the fact first (its first source), known without reading its
        reports when it was read back from a checkpoint; None when only they tell it."""
        if self._sources is not None:
            return self._sources[0].brief() if self._sources else None
        if self.coverage is None:
            return None
        return self.coverage.corroboration().first

    @property
    def outlets(self) -> list[str]:
        return sorted(self.corroboration.outlets)

    @property
    def corroboration(self) -> Corroboration:
        if self.coverage is None:
            self.coverage = Coverage.of(self.sources)
        return self.coverage.corroboration()

    def as_dict(self) -> dict[str, Any]:
        result = {
            **self.fields,
            "sources": [s.as_dict() for s in self.sources],
            "corroboration": self.corroboration.as_dict(),
        }
        if self.corrections:
            result["corrections"] = [c.as_dict() for c in self.corrections]
        return result


@dataclass(frozen=True)
class RemovedReport:
    """A fact report that no longer counts, and the correction that took it out."""

    kind: str
    fields: dict[str, Any]
    source: SourceRef
    correction: CorrectionRef


class CaseState:
    """A case as known at `as_of`: its facts by category, and the reports that no longer count.

    A state finished from a checkpoint reads the reports behind its facts (and the removed
    ones) only when asked, from the full fold `details` gives.
    """

    def __init__(
        self,
        case_id: str,
        as_of: datetime | None,
        facts: dict[str, list[KnownFact]],
        removed: list[RemovedReport] | None = None,
        details: Callable[[], CaseState] | None = None,
    ) -> None:
        self.case_id, self.as_of, self.facts = case_id, as_of, facts
        self._removed = removed if removed is not None or details else []
        self._details = details
        # The checkpoint this state was extended from (its position), if it was.
        self.checkpoint: str | None = None
        # The names the fold read (None: not known), and the undated arrests it joined to
        # dated ones (their keys).
        self.names: list[str] | None = None
        self.joins: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        self.splits: tuple[str, ...] = ()  # name variants split off as people of their own

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CaseState):
            return NotImplemented
        mine = (self.case_id, self.as_of, self.facts, self.removed)
        return mine == (other.case_id, other.as_of, other.facts, other.removed)

    __hash__ = None  # type: ignore[assignment]

    @property
    def removed(self) -> list[RemovedReport]:
        if self._removed is None:
            assert self._details is not None
            self._removed = self._details().removed
        return self._removed

    def category(self, name: str) -> list[KnownFact]:
        return self.facts.get(name, [])

    def all_facts(self) -> list[KnownFact]:
        return [fact for facts in self.facts.values() for fact in facts]


def _comparable(fact: KnownFact) -> tuple[Any, ...]:
    return (fact.kind, fact.key, fact.fields, fact.sources, fact.corrections, fact.stated)
