"""The state of a case as a pure fold of its fact events.

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

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from casefile.domain.case import Case
from casefile.domain.places import refines

CATEGORIES: dict[str, str] = {
    "SuspectIdentified": "suspects",
    "ArrestMade": "arrests",
    "ChargeFiled": "charges",
    "BondSet": "bonds",
    "LinkedToHomicide": "homicide_links",
    "VictimReported": "victims",
    "CourtEventReported": "court",
    "CriminalHistoryReported": "criminal_history",
    "IncidentReported": "incidents",
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
            "version": self.version,
        }


@dataclass(frozen=True)
class CorrectionRef:
    """A correction as the fold applied it: what it did to which fact report, who and why."""

    action: str  # "retracted", "amended" or "withdrawn"
    fact_version: int
    by: str
    reason: str
    recorded_at: datetime
    version: int
    fields: dict[str, Any] = field(default_factory=dict)
    article_id: str | None = None  # the revision that withdrew the report
    reported_at: datetime | None = None

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "action": self.action,
            "fact_version": self.fact_version,
            "by": self.by,
            "reason": self.reason,
            "recorded_at": self.recorded_at.isoformat(),
            "version": self.version,
        }
        if self.fields:
            result["fields"] = dict(self.fields)
        if self.article_id:
            result["article"] = self.article_id
            result["reported_at"] = self.reported_at.isoformat() if self.reported_at else None
        return result


def _outlet(source: SourceRef) -> str:
    return source.outlet or source.article_id


def _same_text(quote: str) -> str:
    return " ".join(re.findall(r"\w+", quote.lower()))


@dataclass(frozen=True)
class Corroboration:
    """How widely a fact is carried: independent outlets, the first report and the last repeat.

    Outlets carrying the fact in the very same words as an earlier outlet (a wire story
    republished) count once, with the outlet that first carried those words.
    """

    independent: int
    outlets: list[str]
    same_text_as: dict[str, str]
    first: SourceRef
    last_repeated: SourceRef | None

    @classmethod
    def of(cls, sources: Sequence[SourceRef]) -> Corroboration:
        ordered = sorted(sources, key=_source_order)
        first_wording: dict[str, str] = {}  # words -> the outlet that carried them first
        same_text_as: dict[str, str] = {}
        outlets: list[str] = []
        for source in ordered:
            outlet = _outlet(source)
            if outlet not in outlets:
                outlets.append(outlet)
            origin = first_wording.setdefault(_same_text(source.quote), outlet)
            if origin != outlet and outlet not in same_text_as:
                same_text_as[outlet] = origin
        # An outlet that also carries the fact in words of its own is independent after all.
        for source in ordered:
            if first_wording[_same_text(source.quote)] == _outlet(source):
                same_text_as.pop(_outlet(source), None)
        later = [s for s in ordered[1:] if s.reported_at > ordered[0].reported_at]
        return cls(
            independent=len(outlets) - len(same_text_as),
            outlets=outlets,
            same_text_as=same_text_as,
            first=ordered[0],
            last_repeated=later[-1] if later else None,
        )

    def as_dict(self) -> dict[str, Any]:
        def brief(source: SourceRef | None) -> dict[str, Any] | None:
            if source is None:
                return None
            return {
                "outlet": source.outlet,
                "article": source.article_id,
                "reported_at": source.reported_at.isoformat(),
            }

        return {
            "independent_outlets": self.independent,
            "outlets": self.outlets,
            "same_text_as": self.same_text_as,
            "first_reported": brief(self.first),
            "last_repeated": brief(self.last_repeated),
        }


@dataclass
class KnownFact:
    """A fact as known after folding: its current fields, every report of it, and corrections."""

    kind: str
    key: tuple[Any, ...]
    fields: dict[str, Any]
    sources: list[SourceRef] = field(default_factory=list)
    corrections: list[CorrectionRef] = field(default_factory=list)
    # What each counted report stated (amendments applied), by the report's event version:
    # the fields above are the merged result, these are the per-source values audits compare.
    stated: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)

    @property
    def outlets(self) -> list[str]:
        return sorted({_outlet(s) for s in self.sources})

    @property
    def corroboration(self) -> Corroboration:
        return Corroboration.of(self.sources)

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


@dataclass
class CaseState:
    case_id: str
    as_of: datetime | None
    facts: dict[str, list[KnownFact]]
    removed: list[RemovedReport] = field(default_factory=list)

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


def fold(case_id: str, events: Sequence[Case.Event], as_of: datetime | None = None) -> CaseState:
    """The known state of a case from the given fact and correction events.

    Any order; facts are folded in reported order, corrections in recorded order.
    """
    reports = sorted((e for e in events if isinstance(e, Case.FactReported)), key=reported_order)
    removals, amendments = _corrections(e for e in events if isinstance(e, Case.Correction))
    removed = [
        RemovedReport(e.fact_kind, e.fact().fields, source_of(e), removals[e.originator_version])
        for e in reports
        if e.originator_version in removals
    ]
    counted = [
        (e, _amended(e.fact().fields, amendments.get(e.originator_version, [])))
        for e in reports
        if e.originator_version not in removals
    ]
    people = PersonNames(_names_in(counted))
    known: dict[str, dict[tuple[Any, ...], KnownFact]] = {c: {} for c in CATEGORIES.values()}
    for event, reported in counted:
        fields = dict(reported)
        for name_field in ("person", "name"):
            if name_field in fields and event.fact_kind != "VictimReported":
                fields[name_field] = people.display(fields[name_field])
        key = _KEYS[event.fact_kind](fields, people)
        group = known[CATEGORIES[event.fact_kind]]
        current = group.get(key)
        if current is None:
            current = group[key] = KnownFact(event.fact_kind, key, fields, [source_of(event)])
        else:
            _merge(current.fields, fields)
            current.sources.append(source_of(event))
        current.corrections += amendments.get(event.originator_version, [])
        current.stated[event.originator_version] = reported
    _join_undated_arrests(known["arrests"])
    # A person's amendment outranks what the reports say, even a later report.
    for group in known.values():
        for fact in group.values():
            for amendment in sorted(fact.corrections, key=lambda c: c.version):
                fact.fields.update(amendment.fields)
    facts = {c: list(g.values()) for c, g in known.items()}
    return CaseState(case_id, as_of, facts, removed)


def _corrections(
    events: Iterable[Case.Correction],
) -> tuple[dict[int, CorrectionRef], dict[int, list[CorrectionRef]]]:
    """The reports taken out (by version) and the amendments of each report, in recorded order."""
    removals: dict[int, CorrectionRef] = {}
    amendments: dict[int, list[CorrectionRef]] = {}
    for event in sorted(events, key=lambda e: e.originator_version):
        common = {
            "by": event.by,
            "reason": event.reason,
            "recorded_at": event.timestamp,
            "version": event.originator_version,
        }
        if isinstance(event, Case.FactRetracted):
            removals.setdefault(
                event.fact_version, CorrectionRef("retracted", event.fact_version, **common)
            )
        elif isinstance(event, Case.FactAmended):
            amendments.setdefault(event.fact_version, []).append(
                CorrectionRef("amended", event.fact_version, fields=event.fields, **common)
            )
        elif isinstance(event, Case.FactsWithdrawn):
            for version in event.fact_versions:
                removals.setdefault(
                    version,
                    CorrectionRef(
                        "withdrawn",
                        version,
                        article_id=event.article_id,
                        reported_at=event.reported_at,
                        **common,
                    ),
                )
    return removals, amendments


def _amended(fields: dict[str, Any], amendments: Iterable[CorrectionRef]) -> dict[str, Any]:
    result = dict(fields)
    for amendment in amendments:
        result.update(amendment.fields)
    return result


def _names_in(counted: Iterable[tuple[Case.FactReported, dict[str, Any]]]) -> Iterable[str | None]:
    for event, fields in counted:
        if event.fact_kind == "SuspectIdentified":
            yield fields["name"]
        elif event.fact_kind != "VictimReported":
            yield fields.get("person")


# Wording fields keep the first report's words: a later report of the same charge in other
# words ("one count of robbery") is the same fact, not a change.
_WORDING_FIELDS = {"charge", "description"}


# Free-text descriptions ("a recent homicide in the city"): another report's different words
# for the same thing are not a change; only words that say more (a refinement) replace them.
_DESCRIPTION_FIELDS = {"details"}


def _merge(current: dict[str, Any], later: dict[str, Any]) -> None:
    """A later report overrides a field only with a value (an unstated age is not a correction),
    and not with a less precise form of the value known ("Elm Street" after "412 Elm St.")."""
    for name, value in later.items():
        known = current.get(name)
        if value is None or (name in _WORDING_FIELDS and known):
            continue
        if isinstance(known, str) and isinstance(value, str) and refines(known, value):
            continue
        if name in _DESCRIPTION_FIELDS and known and not refines(value, known):
            continue
        current[name] = value


def _victim_key(fields: dict[str, Any], people: PersonNames) -> tuple[Any, ...]:
    if fields.get("name"):
        return ("named", tuple(name_words(fields["name"])[-1:]))
    words = name_words(fields.get("description"))
    return ("unnamed", words[-1] if words else "")


_KEYS: dict[str, Callable[[dict[str, Any], PersonNames], tuple[Any, ...]]] = {
    "SuspectIdentified": lambda f, p: (p.key(f["name"]),),
    "ArrestMade": lambda f, p: (p.key(f["person"]), bool(f["prior"]), f["date"]),
    "ChargeFiled": lambda f, p: (p.key(f["person"]), normalise_charge(f["charge"])),
    "BondSet": lambda f, p: (p.key(f["person"]), f["amount"], f["status"]),
    "LinkedToHomicide": lambda f, p: (
        p.key(f["person"]),
        tuple(name_words(f["victim"])[-1:]) or None,
    ),
    "VictimReported": _victim_key,
    "CourtEventReported": lambda f, p: (p.key(f["person"]), f["kind"], f["date"]),
    "CriminalHistoryReported": lambda f, p: (p.key(f["person"]),),
    # One incident per date: the wording of what and where varies from outlet to outlet.
    "IncidentReported": lambda f, p: (f["date"],),
}


def _join_undated_arrests(arrests: dict[tuple[Any, ...], KnownFact]) -> None:
    """An undated report of an arrest is the same arrest as the one dated report of it, if only one."""
    for key in [k for k in arrests if k[2] is None]:
        dated = [k for k in arrests if k[:2] == key[:2] and k[2] is not None]
        if len(dated) == 1:
            target, undated = arrests[dated[0]], arrests.pop(key)
            target.sources = sorted(target.sources + undated.sources, key=_source_order)
            target.corrections += undated.corrections
            target.stated.update(undated.stated)
    for fact in arrests.values():
        fact.sources.sort(key=_source_order)


def _source_order(source: SourceRef) -> tuple[datetime, str, int]:
    return (source.reported_at, source.article_id, source.start)
