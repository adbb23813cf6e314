"""What changed in the known state of a case between two folds, and which report caused it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from casefile.domain.state import CaseState, KnownFact, SourceRef

ADDED, CHANGED, WITHDRAWN, REPEATED = "added", "changed", "withdrawn", "repeated"


@dataclass(frozen=True)
class FactChange:
    change: str
    category: str
    before: KnownFact | None
    after: KnownFact | None
    by: tuple[SourceRef, ...]

    @property
    def fact(self) -> KnownFact:
        fact = self.after or self.before
        assert fact is not None
        return fact

    def changed_fields(self) -> dict[str, tuple[Any, Any]]:
        if self.before is None or self.after is None:
            return {}
        return {
            name: (self.before.fields.get(name), value)
            for name, value in self.after.fields.items()
            if self.before.fields.get(name) != value
        }

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "change": self.change,
            "category": self.category,
            "type": self.fact.kind,
            "fact": dict(self.fact.fields),
        }
        if self.change == CHANGED:
            result["was"] = {name: old for name, (old, _new) in self.changed_fields().items()}
        result["by"] = [source.as_dict() for source in self.by]
        return result


def compare(before: CaseState, after: CaseState, *, repeats: bool = False) -> list[FactChange]:
    """Facts added, changed or withdrawn from `before` to `after` (and repeated, if asked)."""
    changes: list[FactChange] = []
    for category, facts in after.facts.items():
        earlier = {fact.key: fact for fact in before.category(category)}
        for fact in facts:
            old = earlier.pop(fact.key, None)
            new_sources = _new_sources(old.sources if old else [], fact.sources)
            if old is None:
                changes.append(FactChange(ADDED, category, None, fact, new_sources))
            elif old.fields != fact.fields:
                changes.append(FactChange(CHANGED, category, old, fact, new_sources))
            elif new_sources and repeats:
                changes.append(FactChange(REPEATED, category, old, fact, new_sources))
        changes.extend(FactChange(WITHDRAWN, category, old, None, ()) for old in earlier.values())
    return changes


def _new_sources(old: Iterable[SourceRef], new: Iterable[SourceRef]) -> tuple[SourceRef, ...]:
    seen = {(s.article_id, s.start, s.version) for s in old}
    return tuple(s for s in new if (s.article_id, s.start, s.version) not in seen)
