"""The state of a case as a pure fold of its fact events.

"As known at T" and the audit views are this same fold over a filtered, ordered list of
events: the application layer picks the events, this module only folds them. Events are
folded in reported order (publication time, then article, then position in the text), so
the result never depends on the order in which articles were ingested.

The same fact reported by several articles is one known fact with several sources. A
later report of the same fact may change its value (a charge's status, a link's relation,
a suspect's age); the latest report wins and every source is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from casefile.domain.case import Case

CATEGORIES: dict[str, str] = {
    "SuspectIdentified": "suspects",
    "ArrestMade": "arrests",
    "ChargeFiled": "charges",
    "BondSet": "bonds",
    "LinkedToHomicide": "homicide_links",
    "VictimReported": "victims",
    "CourtEventReported": "court",
    "CriminalHistoryReported": "criminal_history",
}

_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_CHARGE_NOISE = re.compile(
    r"^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:counts?|charges?)\s+of\s+|^(?:a|an|the)\s+"
)


def reported_order(event: Case.FactReported) -> tuple[datetime, str, int]:
    """The order facts become known in: publication time, then article, then place in the text."""
    return (event.reported_at, event.article_id, int(event.evidence.get("start", 0)))


def name_words(name: str | None) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", (name or "").lower()) if w not in _SUFFIXES]


def normalise_charge(charge: str | None) -> str:
    words = " ".join(re.findall(r"[a-z0-9]+", (charge or "").lower()))
    previous = None
    while previous != words:
        previous, words = words, _CHARGE_NOISE.sub("", words)
    return words


class PersonNames:
    """Resolves the names of one fold to one key per person.

    A full name keys on first and last word; a surname alone joins the only full name that
    ends in it (if there is exactly one), so "Smith" and "John Smith" are one person.
    """

    def __init__(self, names: Iterable[str | None]) -> None:
        self._by_surname: dict[str, set[str]] = {}
        self._display: dict[str, str] = {}
        for name in names:
            words = name_words(name)
            if len(words) >= 2:
                key = f"{words[0]} {words[-1]}"
                self._by_surname.setdefault(words[-1], set()).add(key)
                shown = self._display.get(key, "")
                if name and len(name) > len(shown):
                    self._display[key] = name

    def key(self, name: str | None) -> str:
        words = name_words(name)
        if not words:
            return ""
        if len(words) >= 2:
            return f"{words[0]} {words[-1]}"
        full = self._by_surname.get(words[-1], set())
        return next(iter(full)) if len(full) == 1 else words[-1]

    def display(self, name: str | None) -> str | None:
        """The fullest form of the person's name seen in this fold."""
        return self._display.get(self.key(name), name)


@dataclass(frozen=True)
class SourceRef:
    """Where one report of a fact comes from."""

    article_id: str
    outlet: str | None
    url: str | None
    reported_at: datetime
    quote: str
    start: int
    end: int
    version: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "article": self.article_id,
            "outlet": self.outlet,
            "url": self.url,
            "reported_at": self.reported_at.isoformat(),
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class KnownFact:
    """A fact as known after folding: its current fields and every report of it."""

    kind: str
    key: tuple[Any, ...]
    fields: dict[str, Any]
    sources: list[SourceRef] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        return sorted({s.outlet or s.article_id for s in self.sources})

    def as_dict(self) -> dict[str, Any]:
        return {**self.fields, "sources": [s.as_dict() for s in self.sources]}


@dataclass
class CaseState:
    case_id: str
    as_of: datetime | None
    facts: dict[str, list[KnownFact]]

    def category(self, name: str) -> list[KnownFact]:
        return self.facts.get(name, [])

    def all_facts(self) -> list[KnownFact]:
        return [fact for facts in self.facts.values() for fact in facts]


def source_of(event: Case.FactReported) -> SourceRef:
    evidence = event.evidence
    return SourceRef(
        article_id=event.article_id,
        outlet=event.outlet,
        url=event.url,
        reported_at=event.reported_at,
        quote=evidence["quote"],
        start=int(evidence["start"]),
        end=int(evidence["end"]),
        version=event.originator_version,
    )


def fold(
    case_id: str, events: Sequence[Case.FactReported], as_of: datetime | None = None
) -> CaseState:
    """The known state of a case from the given fact events (any order; folded in reported order)."""
    ordered = sorted(events, key=reported_order)
    people = PersonNames(_names_in(ordered))
    known: dict[str, dict[tuple[Any, ...], KnownFact]] = {c: {} for c in CATEGORIES.values()}
    for event in ordered:
        fact = event.fact()
        fields = dict(fact.fields)
        for name_field in ("person", "name"):
            if name_field in fields and fact.kind != "VictimReported":
                fields[name_field] = people.display(fields[name_field])
        key = _KEYS[fact.kind](fields, people)
        group = known[CATEGORIES[fact.kind]]
        current = group.get(key)
        if current is None:
            group[key] = KnownFact(fact.kind, key, fields, [source_of(event)])
        else:
            _merge(current.fields, fields)
            current.sources.append(source_of(event))
    _join_undated_arrests(known["arrests"])
    return CaseState(case_id, as_of, {c: list(g.values()) for c, g in known.items()})


def _names_in(events: Iterable[Case.FactReported]) -> Iterable[str | None]:
    for event in events:
        if isinstance(event, Case.SuspectIdentified):
            yield event.name
        elif not isinstance(event, Case.VictimReported):
            yield getattr(event, "person", None)


# Wording fields keep the first report's words: a later report of the same charge in other
# words ("one count of robbery") is the same fact, not a change.
_WORDING_FIELDS = {"charge", "description"}


def _merge(current: dict[str, Any], later: dict[str, Any]) -> None:
    """A later report overrides a field only with a value (an unstated age is not a correction)."""
    for name, value in later.items():
        if value is not None and not (name in _WORDING_FIELDS and current.get(name)):
            current[name] = value


def _victim_key(fields: dict[str, Any], people: PersonNames) -> tuple[Any, ...]:
    if fields.get("name"):
        return ("named", name_words(fields["name"])[-1:])
    words = name_words(fields.get("description"))
    return ("unnamed", words[-1] if words else "")


_KEYS: dict[str, Callable[[dict[str, Any], PersonNames], tuple[Any, ...]]] = {
    "SuspectIdentified": lambda f, p: (p.key(f["name"]),),
    "ArrestMade": lambda f, p: (p.key(f["person"]), bool(f["prior"]), f["date"]),
    "ChargeFiled": lambda f, p: (p.key(f["person"]), normalise_charge(f["charge"])),
    "BondSet": lambda f, p: (p.key(f["person"]), f["amount"], f["status"]),
    "LinkedToHomicide": lambda f, p: (p.key(f["person"]), name_words(f["victim"])[-1:] or None),
    "VictimReported": _victim_key,
    "CourtEventReported": lambda f, p: (p.key(f["person"]), f["kind"], f["date"]),
    "CriminalHistoryReported": lambda f, p: (p.key(f["person"]),),
}


def _join_undated_arrests(arrests: dict[tuple[Any, ...], KnownFact]) -> None:
    """An undated report of an arrest is the same arrest as the one dated report of it, if only one."""
    for key in [k for k in arrests if k[2] is None]:
        dated = [k for k in arrests if k[:2] == key[:2] and k[2] is not None]
        if len(dated) == 1:
            target = arrests[dated[0]]
            target.sources = sorted(target.sources + arrests.pop(key).sources, key=_source_order)
    for fact in arrests.values():
        fact.sources.sort(key=_source_order)


def _source_order(source: SourceRef) -> tuple[datetime, str, int]:
    return (source.reported_at, source.article_id, source.start)
