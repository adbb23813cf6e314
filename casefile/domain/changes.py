"""What changed in the known state of a case between two folds, and which report caused it.

A fact is `added` when it is new, or when a later report states details that were unknown
before (an age, a count of prior arrests); it is `changed` when a stated value is replaced
(bond reduced, age corrected, person of interest -> charged); it is `withdrawn` when no
report of it counts any more (a person retracted it, or a revision of its article dropped it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from casefile.domain.corrections import CorrectionRef
from casefile.domain.places import refines
from casefile.domain.sources import SourceRef
from casefile.domain.state import CaseState, KnownFact
from casefile.domain.windows import WindowReport, same_facts

ADDED, CHANGED, REFINED, WITHDRAWN, REPEATED = (
    "added",
    "changed",
    "refined",
    "withdrawn",
    "repeated",
)


@dataclass(frozen=True)
class FactChange:
    change: str
    category: str
    before: KnownFact | None
    after: KnownFact | None
    by: tuple[SourceRef, ...]
    corrections: tuple[CorrectionRef, ...] = ()
    # What each report of `by` stated, when known without the fact's every report.
    stated: Mapping[int, dict[str, Any]] | None = field(default=None, compare=False)

    @property
    def fact(self) -> KnownFact:
        fact = self.after or self.before
        assert fact is not None
        return fact

    def _differences(self) -> dict[str, tuple[Any, Any]]:
        if self.before is None or self.after is None:
            return {}
        return {
            name: (self.before.fields.get(name), value)
            for name, value in self.after.fields.items()
            if self.before.fields.get(name) != value
        }

    def changed_fields(self) -> dict[str, tuple[Any, Any]]:
        """Stated values replaced by other values: name -> (old, new)."""
        return {name: pair for name, pair in self._differences().items() if pair[0] is not None}

    def added_fields(self) -> dict[str, Any]:
        """Details of a known fact stated for the first time: name -> value."""
        return {name: new for name, (old, new) in self._differences().items() if old is None}

    def stated_by(self) -> dict[str, SourceRef]:
        """For each added or changed field, the first new report that states its new value."""
        stated = self.stated if self.stated is not None else self.fact.stated
        found = {}
        for name, (_old, new) in self._differences().items():
            source = next((s for s in self.by if stated.get(s.version, {}).get(name) == new), None)
            if source is not None:
                found[name] = source
        return found

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "change": self.change,
            "category": self.category,
            "type": self.fact.kind,
            "fact": dict(self.fact.fields),
        }
        if self.added_fields():
            result["added"] = self.added_fields()
        if self.changed_fields():
            result["was"] = {name: old for name, (old, _new) in self.changed_fields().items()}
        if self.stated_by():
            result["stated_by"] = {name: s.as_dict() for name, s in self.stated_by().items()}
        result["by"] = [source.as_dict() for source in self.by]
        if self.corrections:
            result["corrections"] = [c.as_dict() for c in self.corrections]
        return result


def compare(before: CaseState, after: CaseState, *, repeats: bool = False) -> list[FactChange]:
    """Facts added, changed or withdrawn from `before` to `after` (and repeated, if asked)."""
    changes: list[FactChange] = []
    for category, facts in after.facts.items():
        earlier = {fact.key: fact for fact in before.category(category)}
        for fact in facts:
            old = earlier.pop(fact.key, None) or _same_reports(fact, earlier)
            new_sources = _new_sources(old.sources if old else [], fact.sources)
            change = change_of(category, old, fact, new_sources, repeats)
            if change is not None:
                changes.append(change)
        changes.extend(
            FactChange(WITHDRAWN, category, old, None, (), _removals_of(old, after))
            for old in earlier.values()
        )
    return changes


def compare_window(
    before: CaseState,
    after: CaseState,
    window: Mapping[tuple[str, tuple[Any, ...]], Sequence[WindowReport]],
) -> list[FactChange] | None:
    """`compare(before, after)` from the reports published in between (`window`, as `after`
    counts them) instead of every report behind every fact; None when that cannot be told
    so (a fact withdrawn, people keyed otherwise, an undated arrest joined otherwise): then
    `compare`.

    When each report `after` still counts from before `before` is in the fact of the same
    key in both (`same_facts`), a fact's new reports are its reports in the window, and a fact
    new by its key has only those.
    """
    if not same_facts(before, after):
        return None
    changes: list[FactChange] = []
    for category, facts in after.facts.items():
        earlier = {fact.key: fact for fact in before.category(category)}
        for fact in facts:
            old = earlier.pop(fact.key, None)
            reports = window.get((category, fact.key), ())
            new_sources = tuple(report.source for report in reports)
            stated = {report.source.version: report.stated for report in reports}
            change = change_of(category, old, fact, new_sources, False, stated)
            if change is not None:
                changes.append(change)
        if earlier:
            return None  # withdrawn: which corrections took its reports out needs them all
    return changes


def change_of(
    category: str,
    old: KnownFact | None,
    fact: KnownFact,
    new_sources: tuple[SourceRef, ...],
    repeats: bool,
    stated: Mapping[int, dict[str, Any]] | None = None,
) -> FactChange | None:
    """How `fact` differs from `old`, its earlier form (None: it is new), given its reports
    since (`new_sources`): what `compare` says of one fact (None: nothing to say)."""
    corrections = tuple(c for c in fact.corrections if c not in (old.corrections if old else []))
    if old is None:
        return FactChange(ADDED, category, None, fact, new_sources, corrections, stated)
    change = FactChange(CHANGED, category, old, fact, new_sources, corrections, stated)
    if change.changed_fields():
        # A more precise value that agrees ("412 Elm St." in "the 400 block of Elm
        # Street") refines the fact; anything else changes it.
        refined = all(refines(new, was) for was, new in change.changed_fields().values())
        return replace(change, change=REFINED) if refined else change
    if change.added_fields():
        return replace(change, change=ADDED)
    if (new_sources or corrections) and repeats:
        return replace(change, change=REPEATED)
    return None


def _same_reports(fact: KnownFact, earlier: dict[tuple[Any, ...], KnownFact]) -> KnownFact | None:
    """The earlier fact built from the same reports, when a detail has changed its key.

    An arrest first reported without a date and later dated is one arrest, not a withdrawal
    and an addition.
    """
    reports = {source.version for source in fact.sources}
    for key, old in earlier.items():
        if reports & {source.version for source in old.sources}:
            return earlier.pop(key)
    return None


def _removals_of(fact: KnownFact, after: CaseState) -> tuple[CorrectionRef, ...]:
    """The corrections that took out the reports of a fact that is no longer known."""
    versions = {source.version for source in fact.sources}
    return tuple(r.correction for r in after.removed if r.source.version in versions)


def _new_sources(old: Iterable[SourceRef], new: Iterable[SourceRef]) -> tuple[SourceRef, ...]:
    seen = {(s.article_id, s.start, s.version) for s in old}
    return tuple(s for s in new if (s.article_id, s.start, s.version) not in seen)
