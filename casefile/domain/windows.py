"""Two folds of one case compared: the reports published between them, and the facts that
changed. `diff` and the extension of a checkpoint rest on these."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from casefile.domain.corrections import Corrections, amended
from casefile.domain.events import FactReported
from casefile.domain.fact_keys import CATEGORIES, keyed
from casefile.domain.person_keys import PersonNames
from casefile.domain.sources import SourceRef, source_of, source_order
from casefile.domain.state import CaseState


class WindowReport(NamedTuple):
    """A report published between two states, as the later state counts it."""

    category: str
    key: tuple[Any, ...]
    source: SourceRef
    stated: dict[str, Any]


def window_reports(
    later: CaseState,
    reports: Sequence[FactReported],
    corrections: Corrections,
    wanted: set[tuple[str, tuple[Any, ...]]] | None = None,
) -> dict[tuple[str, tuple[Any, ...]], list[WindowReport]]:
    """The reports published between an earlier state and `later` that `later` counts, by the
    fact of `later` they are in (category and key), in the order of its sources: `reports`
    are all those published in between, in reported order, and `corrections` the ones of them
    that count in `later`. Only those of the `wanted` facts, if given."""
    assert later.names is not None
    people = PersonNames(later.names, later.splits)
    found: dict[tuple[str, tuple[Any, ...]], list[WindowReport]] = {}
    joined: list[WindowReport] = []  # an undated arrest's: after the dated one's, as `join` does
    for event in reports:
        version = event.originator_version
        if version in corrections.removals:
            continue
        reported = amended(event.fields(), corrections.amendments.get(version, []))
        _fields, key = keyed(event, reported, people)
        category = CATEGORIES[event.fact_kind]
        if category == "arrests" and key in later.joins:
            if wanted is None or (category, later.joins[key]) in wanted:
                joined.append(WindowReport(category, later.joins[key], source_of(event), reported))
            continue
        if wanted is None or (category, key) in wanted:
            found.setdefault((category, key), []).append(
                WindowReport(category, key, source_of(event), reported)
            )
    for report in joined:
        found.setdefault((report.category, report.key), []).append(report)
    for (category, _key), facts in found.items():
        if category == "arrests":
            facts.sort(key=lambda report: source_order(report.source))  # as `sort_sources`
    return found


def changed_facts(earlier: CaseState, later: CaseState) -> set[tuple[str, tuple[Any, ...]]]:
    """The facts of `later` (category and key) that `earlier` lacks or held otherwise."""
    changed = set()
    for category, facts in later.facts.items():
        before = {fact.key: fact.fields for fact in earlier.category(category)}
        changed.update((category, f.key) for f in facts if before.get(f.key) != f.fields)
    return changed


def same_facts(earlier: CaseState, later: CaseState) -> bool:
    """Whether each report of `earlier` that `later` still counts is in the fact of the same
    key in both: every name `earlier` read is keyed alike in `later`, and every undated arrest
    of `earlier` is where it was (on its own, or joined to the same dated one) or gone."""
    if not same_people(earlier, later):
        return False
    arrests = {fact.key for fact in later.category("arrests")}
    undated = {fact.key for fact in earlier.category("arrests") if fact.key[2] is None}
    for key in undated | set(earlier.joins):
        now = later.joins.get(key, key if key in arrests else None)
        if now is not None and now != earlier.joins.get(key, key):
            return False
    return True


def same_people(earlier: CaseState, later: CaseState) -> bool:
    """Whether every name `earlier` read is keyed in `later` as in `earlier` (then each of its
    reports that `later` still counts belongs to the fact of the same key in both)."""
    if earlier.names is None or later.names is None:
        return False
    if not set(earlier.names) <= set(later.names):
        return False
    if earlier.splits != later.splits:
        return False
    before, after = (
        PersonNames(earlier.names, earlier.splits),
        PersonNames(later.names, later.splits),
    )
    return all(before.key(name) == after.key(name) for name in earlier.names)
