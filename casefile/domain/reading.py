"""The fold: the state of a case (`state.py`) from its fact events, read in reported order
(`fold`, `Reading`), and a reading saved without its reports as a checkpoint.

"As known at T" and the audit views are this same fold over a filtered, ordered list of
events: the application layer picks the events, this module only folds them. Events are
folded in reported order (publication time, then article, then position in the text), so
the result never depends on the order in which articles were ingested.

The same fact reported by several articles is one known fact with several sources. A
later report of the same fact may change its value (a charge's status, a link's relation,
a suspect's age); the latest report wins and every source is kept.

Corrections are folded too: a fact report a person retracted, or that a later revision of its
article no longer supports, stops counting (it is listed in `CaseState.removed`, not erased);
an amended report counts with the amended fields, and a person's amendment outranks what
the reports say.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import datetime
from functools import partial
from typing import Any

from casefile.domain.corrections import ALREADY_REPORTED, CorrectionRef, Corrections, amended
from casefile.domain.events import Correction, Event, FactReported, PersonSplit
from casefile.domain.fact_keys import (
    CATEGORIES,
    NAME_FIELDS,
    join_undated_arrests,
    keyed,
    merge_report,
    names_in,
)
from casefile.domain.person_keys import PersonNames
from casefile.domain.sources import (
    Coverage,
    ReportBrief,
    reported_order,
    source_of,
)
from casefile.domain.state import CaseState, KnownFact, RemovedReport


def fold(case_id: str, events: Sequence[Event], as_of: datetime | None = None) -> CaseState:
    """The known state of a case from the given fact and correction events.

    Any order; facts are folded in reported order, corrections in recorded order.
    """
    reports = sorted((e for e in events if isinstance(e, FactReported)), key=reported_order)
    corrections = Corrections.of(e for e in events if isinstance(e, Correction | PersonSplit))
    reading = Reading.empty()
    reading.extend(reports, corrections)
    return reading.finish(case_id, as_of)


class CannotExtend(Exception):
    """A reading read back from a checkpoint cannot take these reports: fold from the start."""


class Reading:
    """What the counted reports of a case say, folded in reported order up to some report.

    A reading can be extended by later reports and finished into a `CaseState` any time; the
    finish decides how each person is named from every name read. Saved without its reports
    (a checkpoint, see `as_dict`), it is extended by the reports after it; when those change
    how an earlier name is keyed, `extend` raises `CannotExtend` and the caller folds from
    the start.
    """

    def __init__(
        self,
        names: list[str],
        groups: dict[str, dict[tuple[Any, ...], KnownFact]],
        removed: list[RemovedReport] | None,
    ) -> None:
        self.names = names
        self._seen = set(names)
        self.groups = groups
        self.removed = removed  # None: read back from a checkpoint, which keeps no reports
        self._shared: set[int] = set()  # the facts a snapshot shares reports with (by id)
        self.splits: tuple[str, ...] = ()  # the person splits its keys follow
        # When a set: each fact `extend` adds a report to (category, key) is added to it.
        self.touched: set[tuple[str, tuple[Any, ...]]] | None = None

    @classmethod
    def empty(cls) -> Reading:
        return cls([], {c: {} for c in CATEGORIES.values()}, [])

    @property
    def complete(self) -> bool:
        """Whether the reading holds its reports (folded from them, not read back)."""
        return self.removed is not None

    def extend(self, reports: Sequence[FactReported], corrections: Corrections) -> None:
        """Fold in `reports`, in reported order and all after those read so far."""
        removals, amendments = corrections.removals, corrections.amendments
        if corrections.splits != self.splits:
            if self.names:
                raise CannotExtend("a person split or joined changes how names are keyed")
            self.splits = corrections.splits
        counted = []
        for event in reports:
            version = event.originator_version
            if version in removals:
                if self.removed is not None and removals[version].reason != ALREADY_REPORTED:
                    removed = RemovedReport(
                        event.fact_kind, event.fields(), source_of(event), removals[version]
                    )
                    self.removed.append(removed)
                continue
            counted.append((event, amended(event.fields(), amendments.get(version, []))))
        earlier = list(self.names)
        for name in names_in(counted):
            if name and name not in self._seen:
                self._seen.add(name)
                self.names.append(name)
        people = PersonNames(self.names, self.splits)
        if earlier and len(earlier) < len(self.names):
            before = PersonNames(earlier, self.splits)
            if any(before.key(name) != people.key(name) for name in earlier):
                raise CannotExtend("a new name changes how an earlier one is keyed")
        for event, reported in counted:
            fields, key = keyed(event, reported, people)
            category = CATEGORIES[event.fact_kind]
            group = self.groups[category]
            if self.touched is not None:
                self.touched.add((category, key))
            source = source_of(event)
            current = group.get(key)
            if current is None:
                held = self.complete
                current = group[key] = KnownFact(
                    event.fact_kind,
                    key,
                    fields,
                    [] if held else None,
                    stated={} if held else None,
                    coverage=Coverage(),
                )
            else:
                if id(current) in self._shared:  # a snapshot holds its reports: keep them
                    self._shared.discard(id(current))
                    current = group[key] = current.copy()
                merge_report(current.fields, fields)
            current.add_report(source, reported)
            current.corrections += amendments.get(event.originator_version, [])

    def snapshot(self) -> Reading:
        """A copy to finish while this reading goes on being extended, in time linear in the
        facts: a finish changes each fact's fields and joins arrests, so those are the copy's
        own; the reports and coverage of other facts are shared until this reading adds a
        report to one (then it takes a copy of that fact first, see `extend`)."""
        assert self.complete, "only a reading folded from its reports can be copied"
        copy = Reading(list(self.names), {}, list(self.removed or []))
        copy.splits = self.splits
        copy.groups = {
            category: {
                key: fact.copy() if category == "arrests" else fact.sharing_reports()
                for key, fact in group.items()
            }
            for category, group in self.groups.items()
        }
        self._shared = {
            id(fact)
            for category, group in self.groups.items()
            if category != "arrests"
            for fact in group.values()
        }
        return copy

    def finish(
        self,
        case_id: str,
        as_of: datetime | None,
        details: Callable[[], CaseState] | None = None,
    ) -> CaseState:
        """The state this reading gives; the reading is used up (its facts become the state's).

        A reading read back gives facts whose reports come from `details` (the full fold at
        the same time), read when first asked for.
        """
        people = PersonNames(self.names, self.splits)
        full = None if self.complete else _FullFold(details)
        for category, group in self.groups.items():
            for key, fact in group.items():
                if full is not None:
                    fact.read_reports_from(partial(full.fact, category, key))
                name_field = NAME_FIELDS.get(fact.kind)
                if name_field and fact.fields.get(name_field) is not None:
                    fact.fields[name_field] = people.shown(key[0], fact.fields[name_field])
        joins = join_undated_arrests(self.groups["arrests"])
        # A person's amendment outranks what the reports say, even a later report.
        for group in self.groups.values():
            for fact in group.values():
                if fact.corrections:
                    for amendment in sorted(fact.corrections, key=lambda c: c.version):
                        fact.fields.update(amendment.fields)
        facts = {c: list(g.values()) for c, g in self.groups.items()}
        self.groups = {}
        if full is None:
            state = CaseState(case_id, as_of, facts, self.removed)
        else:
            state = CaseState(case_id, as_of, facts, None, full.state)
        state.names, state.joins = list(self.names), joins
        state.splits = self.splits
        return state

    # -- a checkpoint: the reading without its reports -----------------------------------

    def as_dict(self) -> dict[str, Any]:
        outlets: dict[str, int] = {}

        def number(outlet: str) -> int:
            return outlets.setdefault(outlet, len(outlets))

        groups = []
        every_stated = True  # whether each fact's names and ages are known (then: "stated")
        for group in self.groups.values():
            for key, fact in group.items():
                assert fact.coverage is not None
                coverage = fact.coverage.unpacked()
                groups.append(
                    [
                        fact.kind,
                        key,
                        fact.fields,
                        [_correction_dict(c) for c in fact.corrections],
                        [number(o) for o in coverage.outlets],
                        sorted(number(o) for o in coverage.own),
                        [[number(o), number(origin)] for o, origin in coverage.echoes.items()],
                        _brief_list(coverage.first),
                        _brief_list(coverage.last),
                        {digest: number(o) for digest, o in coverage.origins.items()},
                    ]
                )
                # The names and ages the reports state: left out when none, or not known.
                stated = coverage.stated_values()
                every_stated = every_stated and stated is not None
                if stated is not None and (stated[0] or stated[1]):
                    groups[-1].append([sorted(stated[0]), sorted(stated[1])])
        data = {"names": list(self.names), "outlets": list(outlets), "groups": groups}
        if every_stated:
            data["stated"] = 1  # a fact without them states none (not: is not known)
        if self.splits:  # left out when none: checkpoints saved before read the same
            data["splits"] = list(self.splits)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reading:
        reading = cls(list(data["names"]), {c: {} for c in CATEGORIES.values()}, None)
        reading.splits = tuple(data.get("splits", ()))
        outlets = data["outlets"]
        # One report is many facts' last: a brief is read once, by its report's version.
        briefs: dict[int, ReportBrief] = {}

        def brief(data: list[Any] | None) -> ReportBrief | None:
            if data is None:
                return None
            known = briefs.get(data[3])
            if known is None:
                known = briefs[data[3]] = _brief_from(data)  # type: ignore[assignment]
            return known

        groups = reading.groups
        none_stated = data.get("stated") == 1
        for entry in data["groups"]:
            if none_stated and len(entry) == 10:
                entry.append(_NONE_STATED)
            kind, key, fields, corrections = entry[0], entry[1], entry[2], entry[3]
            key = tuple(key)
            if list in map(type, key):
                key = tuple(tuple(v) if type(v) is list else v for v in key)
            groups[CATEGORIES[kind]][key] = KnownFact(
                kind,
                key,
                fields,
                None,
                [_correction_from(c) for c in corrections] if corrections else [],
                None,
                Coverage.packed(outlets, entry, brief),
            )
        return reading


_NONE_STATED: list[list[Any]] = [[], []]  # read back: no name, no age stated


class _FullFold:
    """The full fold a state read back from a checkpoint takes its reports from, when asked."""

    def __init__(self, fold: Callable[[], CaseState] | None) -> None:
        assert fold is not None, "a reading read back needs its full fold to finish"
        self._fold = fold
        self._state: CaseState | None = None
        self._facts: dict[tuple[str, tuple[Any, ...]], KnownFact] = {}

    def state(self) -> CaseState:
        if self._state is None:
            self._state = self._fold()
            self._facts = {
                (category, fact.key): fact
                for category, facts in self._state.facts.items()
                for fact in facts
            }
        return self._state

    def fact(self, category: str, key: tuple[Any, ...]) -> KnownFact:
        self.state()
        return self._facts[(category, key)]


def _brief_list(brief: ReportBrief | None) -> list[Any] | None:
    if brief is None:
        return None
    return [brief.article_id, brief.outlet, brief.reported_at.isoformat(), brief.version]


def _brief_from(data: list[Any] | None) -> ReportBrief | None:
    if data is None:
        return None
    article_id, outlet, reported_at, version = data
    return ReportBrief(article_id, outlet, datetime.fromisoformat(reported_at), version)


_CORRECTION_TIMES = ("recorded_at", "reported_at")


def _correction_dict(correction: CorrectionRef) -> dict[str, Any]:
    data = asdict(correction)
    for name in _CORRECTION_TIMES:
        data[name] = data[name] and data[name].isoformat()
    return data


def _correction_from(data: dict[str, Any]) -> CorrectionRef:
    times = {name: data[name] and datetime.fromisoformat(data[name]) for name in _CORRECTION_TIMES}
    return CorrectionRef(**{**data, **times})
