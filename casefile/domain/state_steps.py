"""The case as known right after each of its reports, in reported order.

What `fold` gives for the reports up to each one, from one reading extended report by
report: folding from the start for each report costs the square of the reports, and a case
followed for a year has hundreds. Where a report cannot simply be added (a revision that
withdraws earlier reports, a new name that changes how an earlier one is keyed, a report
out of order) the reading is folded again from the start, as `fold` would.

`changes_after_each` tells what each report changed (what `compare` says of the states right
before and right after it) from the facts the report added to, not from every fact of the
case: a report that adds a name shows earlier facts under a fuller name (those with a name
are compared again), one that adds to an arrest may join an undated one to it (the arrests
are compared again), and one that cannot simply be added is compared fact by fact.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from typing import Any

from casefile.domain.changes import FactChange, change_of, compare
from casefile.domain.corrections import Corrections
from casefile.domain.events import (
    ArticleAttached,
    Correction,
    FactReported,
    FactsWithdrawn,
    PersonSplit,
)
from casefile.domain.fact_keys import NAME_FIELDS, join_undated_arrests
from casefile.domain.person_keys import PersonNames
from casefile.domain.reading import CannotExtend, Reading
from casefile.domain.sources import reported_order
from casefile.domain.state import CaseState, KnownFact

ReportKey = tuple[str, str]  # (article id, revision)


def states_after_each(
    case_id: str,
    events: Sequence[Any],
    reports: Sequence[ArticleAttached],
) -> list[CaseState]:
    """For each of `reports` (in reported order), the case as known right after it: the
    state `fold` gives from the person's corrections in `events` and the fact reports and
    withdrawals of that report and every one before it, as of its publication time."""
    own, standing = _by_report(events)
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


def _by_report(events: Sequence[Any]) -> tuple[dict[ReportKey, list[Any]], list[Any]]:
    """The fact reports and withdrawals of each report, and the corrections that stand
    throughout (a person's corrections and splits)."""
    own: dict[ReportKey, list[Any]] = {}
    standing: list[Any] = []
    for event in events:
        if isinstance(event, FactReported | FactsWithdrawn):
            own.setdefault((event.article_id, event.revision), []).append(event)
        elif isinstance(event, Correction | PersonSplit):
            standing.append(event)
    return own, standing


def _folded(reports: list[FactReported], corrections: Corrections) -> Reading:
    reading = Reading.empty()
    reading.extend(sorted(reports, key=reported_order), corrections)
    return reading


def changes_after_each(
    case_id: str,
    events: Sequence[Any],
    reports: Sequence[ArticleAttached],
) -> list[list[FactChange]]:
    """For each of `reports` (in reported order), what it changed: `compare(before, after,
    repeats=True)` of the states `states_after_each` gives right before and right after it
    (before the first: no fact), told from the facts the report added reports to."""
    own, standing = _by_report(events)
    corrections = Corrections.of(standing)
    reading = Reading.empty()
    known = _Known(case_id)
    folded: list[FactReported] = []
    last: tuple[Any, ...] | None = None
    changes = []
    for report in reports:
        batch = own.get((report.article_id, report.revision), [])
        added = sorted((e for e in batch if isinstance(e, FactReported)), key=reported_order)
        withdrawals = [e for e in batch if isinstance(e, FactsWithdrawn)]
        folded += added
        if withdrawals:
            standing += withdrawals
            corrections = Corrections.of(standing)
        in_order = not added or last is None or reported_order(added[0]) > last
        stepped = False
        if not withdrawals and in_order:
            names = len(reading.names)
            reading.touched = set()
            try:
                reading.extend(added, corrections)
                stepped = True
            except CannotExtend:
                pass
        if added:
            last = max(last or reported_order(added[-1]), reported_order(added[-1]))
        if stepped:
            changes.append(known.step(reading, renamed=len(reading.names) > names))
        else:
            reading = _folded(folded, corrections)
            after = reading.snapshot().finish(case_id, report.reported_at)
            changes.append(compare(known.state(), after, repeats=True))
            known = _Known(case_id, after, reading)
    return changes


class _Known:
    """The case as known after the last report told, fact by fact (finished as `finish`
    finishes them), with how many reports each fact had then."""

    def __init__(
        self, case_id: str, state: CaseState | None = None, reading: Reading | None = None
    ) -> None:
        self.case_id = case_id
        self.facts: dict[str, dict[tuple[Any, ...], KnownFact]] = {}
        self.counts: dict[tuple[str, tuple[Any, ...]], int] = {}
        self.places: dict[tuple[str, tuple[Any, ...]], int] = {}  # in the reading's order
        self.people = PersonNames([])
        if state is not None and reading is not None:
            for category, facts in state.facts.items():
                self.facts[category] = {}
                for fact in facts:
                    self._keep(category, fact, len(fact.sources))
            self.people = PersonNames(reading.names, reading.splits)

    def _keep(self, category: str, fact: KnownFact, count: int) -> None:
        group = self.facts.setdefault(category, {})
        self.places.setdefault((category, fact.key), len(self.places))
        group[fact.key] = fact
        self.counts[(category, fact.key)] = count

    def state(self) -> CaseState:
        facts = {category: list(group.values()) for category, group in self.facts.items()}
        return CaseState(self.case_id, None, facts, [])

    def step(self, reading: Reading, *, renamed: bool) -> list[FactChange]:
        """What the report `reading` was just extended by changed; the facts kept follow."""
        if renamed:
            self.people = PersonNames(reading.names, reading.splits)
        touched = reading.touched or set()
        again = {fact for fact in touched if fact[0] != "arrests"}
        if renamed:  # a fuller name may show earlier facts otherwise
            again |= {
                (category, key)
                for category, group in reading.groups.items()
                if category != "arrests"
                for key, fact in group.items()
                if NAME_FIELDS.get(fact.kind)
            }
        changes: list[FactChange] = []
        for category, group in reading.groups.items():
            if category == "arrests":
                if renamed or any(fact[0] == "arrests" for fact in touched):
                    changes += self._arrests(reading)
                continue
            keys = [key for kind, key in again if kind == category]
            new = sum((category, key) not in self.places for key in keys)
            for key in reversed(list(islice(reversed(group), new))):  # as the reading added them
                self.places[(category, key)] = len(self.places)
            for key in sorted(keys, key=lambda key: self.places[(category, key)]):
                fact = group[key]
                count = self.counts.get((category, key), 0)
                old = self.facts.get(category, {}).get(key)
                finished = self._finished(fact)
                change = change_of(category, old, finished, tuple(fact.sources[count:]), True)
                self._keep(category, finished, len(fact.sources))
                if change is not None:
                    changes.append(change)
        return changes

    def _finished(self, fact: KnownFact) -> KnownFact:
        """The fact as `Reading.finish` gives it: people by their fullest name, amended."""
        finished = fact.sharing_reports()
        name_field = NAME_FIELDS.get(fact.kind)
        if name_field and finished.fields.get(name_field) is not None:
            finished.fields[name_field] = self.people.shown(
                fact.key[0], finished.fields[name_field]
            )
        for amendment in sorted(finished.corrections, key=lambda c: c.version):
            finished.fields.update(amendment.fields)
        return finished

    def _arrests(self, reading: Reading) -> list[FactChange]:
        """The arrests finished again (an undated one may join a dated one) and compared."""
        arrests = {key: fact.copy() for key, fact in reading.groups["arrests"].items()}
        for key, fact in arrests.items():
            name_field = NAME_FIELDS.get(fact.kind)
            if name_field and fact.fields.get(name_field) is not None:
                fact.fields[name_field] = self.people.shown(key[0], fact.fields[name_field])
        join_undated_arrests(arrests)
        for fact in arrests.values():
            for amendment in sorted(fact.corrections, key=lambda c: c.version):
                fact.fields.update(amendment.fields)
        before = CaseState(
            self.case_id, None, {"arrests": list(self.facts.get("arrests", {}).values())}, []
        )
        after = CaseState(
            self.case_id, None, {"arrests": list(arrests.values())}, list(reading.removed or [])
        )
        self.facts["arrests"] = {}
        for fact in arrests.values():
            self._keep("arrests", fact, len(fact.sources))
        return compare(before, after, repeats=True)
