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

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from functools import lru_cache, partial
from typing import Any, NamedTuple

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
    "SentenceImposed": "sentences",
    "CriminalHistoryReported": "criminal_history",
    "IncidentReported": "incidents",
}

_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_CHARGE_NOISE = re.compile(
    r"^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:counts?|charges?)\s+of\s+|^(?:a|an|the)\s+"
)

# Why a revision's report is withdrawn when a revision published before it (ingested after it)
# already reports the same fact: the report only repeated it, so it is no removed report.
ALREADY_REPORTED = "an earlier revision of the article already reports it"


def reported_order(event: Case.FactReported) -> tuple[datetime, str, int]:
    """The order facts become known in: publication time, then article, then place in the text."""
    return (event.reported_at, event.article_id, int(event.evidence.get("start", 0)))


def name_words(name: str | None) -> list[str]:
    return list(_name_words(name or ""))


@lru_cache(maxsize=8192)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in _SUFFIXES)


def normalise_charge(charge: str | None) -> str:
    words = " ".join(re.findall(r"[a-z0-9]+", (charge or "").lower()))
    previous = None
    while previous != words:
        previous, words = words, _CHARGE_NOISE.sub("", words)
    return words


def person_splits(events: Iterable[Any]) -> tuple[str, ...]:
    """The name variants a person split off as people of their own (`Case.PersonSplit`) and
    did not join back (a `PersonSplit` with `undone`), from the case's events in recorded
    order."""
    split: dict[str, str] = {}
    for event in sorted(
        (e for e in events if isinstance(e, Case.PersonSplit)),
        key=lambda e: e.originator_version,
    ):
        if getattr(event, "undone", False):
            split.pop(_split_key(event.name), None)
        else:
            split[_split_key(event.name)] = event.name
    return tuple(sorted(split.values()))


def _split_key(name: str | None) -> str:
    """A split variant's own key: every word of the name as written, suffixes too
    ("shane james sr" is not "shane james jr")."""
    return "split:" + " ".join(re.findall(r"[a-z0-9]+", (name or "").lower()))


class PersonNames:
    """Resolves the names of one fold to one key per person.

    A full name keys on first and last word; a surname alone joins the only full name that
    ends in it (if there is exactly one), so "Smith" and "John Smith" are one person. A name
    variant a person split off (`splits`, see `person_splits`) keys on itself alone.
    """

    def __init__(self, names: Iterable[str | None], splits: Iterable[str] = ()) -> None:
        self._by_surname: dict[str, set[str]] = {}
        self._display: dict[str, str] = {}
        self._splits = {_split_key(name) for name in splits}
        for name in names:
            words = name_words(name)
            if len(words) >= 2:
                key = self._full_key(name, words)
                self._by_surname.setdefault(words[-1], set()).add(key)
                shown = self._display.get(key, "")
                if name and len(name) > len(shown):
                    self._display[key] = name

    def _full_key(self, name: str | None, words: list[str]) -> str:
        # Only called with a full name; a split variant keys on itself.
        if self._splits:
            split = _split_key(name)
            if split in self._splits:
                return split
        return f"{words[0]} {words[-1]}"

    def key(self, name: str | None) -> str:
        words = name_words(name)
        if not words:
            return ""
        if len(words) >= 2:
            return self._full_key(name, words)
        if self._splits and _split_key(name) in self._splits:
            return _split_key(name)
        full = self._by_surname.get(words[-1], set())
        return next(iter(full)) if len(full) == 1 else words[-1]

    def shown(self, key: str, name: str) -> str:
        """How a person keyed `key` is shown: the fullest form seen, else `name` as given."""
        return self._display.get(key, name)

    def display(self, name: str | None) -> str | None:
        """The fullest form of the person's name seen in this fold."""
        return self._display.get(self.key(name), name)


class ReportBrief(NamedTuple):
    """Which report, by whom and when: what corroboration names of a report."""

    article_id: str
    outlet: str | None
    reported_at: datetime
    version: int


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

    def brief(self) -> ReportBrief:
        return ReportBrief(self.article_id, self.outlet, self.reported_at, self.version)

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


def _outlet(source: SourceRef | ReportBrief) -> str:
    return source.outlet or source.article_id


@lru_cache(maxsize=8192)
def _wording_digest(quote: str) -> str:
    """The quote's words, whatever the case and punctuation, as a short digest."""
    words = " ".join(re.findall(r"\w+", quote.lower()))
    return hashlib.blake2b(words.encode(), digest_size=8).hexdigest()


class Coverage:
    """Who carries a fact, folded report by report in reported order.

    Keeps the outlets in order of their first report, the outlets that carried some wording
    first (independent), the earlier outlet each other outlet echoes, the first and last
    report, and each wording's first outlet (`origins`, by a digest of the wording).
    """

    __slots__ = ("_packed", "echoes", "first", "last", "origins", "outlets", "own")

    def __init__(
        self,
        outlets: list[str] | None = None,
        own: set[str] | None = None,
        echoes: dict[str, str] | None = None,
        first: ReportBrief | None = None,
        last: ReportBrief | None = None,
        origins: dict[str, str] | None = None,
    ) -> None:
        self.outlets = outlets if outlets is not None else []
        self.own = own if own is not None else set()
        self.echoes = echoes if echoes is not None else {}
        self.first, self.last = first, last
        self.origins = origins if origins is not None else {}
        self._packed: tuple[list[str], list[Any], Callable[[Any], ReportBrief | None]] | None
        self._packed = None

    @classmethod
    def packed(
        cls, table: list[str], entry: list[Any], brief: Callable[[Any], ReportBrief | None]
    ) -> Coverage:
        """A coverage read back from a checkpoint's `entry` (see `Reading.as_dict`: outlets
        by their number in `table`, briefs as lists), unpacked when first used: a query
        mostly extends or shows only some of a case's facts."""
        coverage = cls.__new__(cls)
        coverage._packed = (table, entry, brief)
        return coverage

    def _unpack(self) -> None:
        if self._packed is None:
            return
        table, entry, brief = self._packed
        seen, own, echoes, first, last, origins = entry[4:10]
        self.outlets = [table[n] for n in seen]
        self.own = {table[n] for n in own}
        self.echoes = {table[n]: table[m] for n, m in echoes}
        self.first, self.last = brief(first), brief(last)
        self.origins = {digest: table[n] for digest, n in origins.items()}
        self._packed = None

    def unpacked(self) -> Coverage:
        self._unpack()
        return self

    @classmethod
    def of(cls, sources: Iterable[SourceRef]) -> Coverage:
        coverage = cls()
        for source in sorted(sources, key=_source_order):
            coverage.add(source)
        return coverage

    def add(self, source: SourceRef) -> None:
        self._unpack()
        outlet = _outlet(source)
        if outlet not in self.outlets:
            self.outlets.append(outlet)
        origin = self.origins.setdefault(_wording_digest(source.quote), outlet)
        if origin == outlet:
            self.own.add(outlet)
        elif outlet not in self.echoes:
            self.echoes[outlet] = origin
        brief = source.brief()
        self.first = self.first or brief
        self.last = brief

    def copy(self) -> Coverage:
        self._unpack()
        return Coverage(
            list(self.outlets),
            set(self.own),
            dict(self.echoes),
            self.first,
            self.last,
            dict(self.origins),
        )

    def corroboration(self) -> Corroboration:
        if self._packed is not None:
            # Straight from the checkpoint's entry: `show` asks this of every fact.
            table, entry, brief = self._packed
            seen, own, echoes = entry[4], entry[5], entry[6]
            outlets = [table[n] for n in seen]
            same_text_as = {table[n]: table[m] for n, m in echoes if n not in own}
            first, last = brief(entry[7]), brief(entry[8])
        else:
            outlets, first, last = list(self.outlets), self.first, self.last
            same_text_as = {o: origin for o, origin in self.echoes.items() if o not in self.own}
        assert first is not None and last is not None
        return Corroboration(
            independent=len(outlets) - len(same_text_as),
            outlets=outlets,
            same_text_as=same_text_as,
            first=first,
            last_repeated=last if last.reported_at > first.reported_at else None,
        )


@dataclass(frozen=True)
class Corroboration:
    """How widely a fact is carried: independent outlets, the first report and the last repeat.

    Outlets carrying the fact in the very same words as an earlier outlet (a wire story
    republished) count once, with the outlet that first carried those words; an outlet that
    also carries it in words of its own is independent after all.
    """

    independent: int
    outlets: list[str]
    same_text_as: dict[str, str]
    first: ReportBrief
    last_repeated: ReportBrief | None

    @classmethod
    def of(cls, sources: Sequence[SourceRef]) -> Corroboration:
        return Coverage.of(sources).corroboration()

    def as_dict(self) -> dict[str, Any]:
        def brief(source: ReportBrief | None) -> dict[str, Any] | None:
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
            self.sources = sorted(self.sources + other.sources, key=_source_order)
            self.stated.update(other.stated)

    def sort_sources(self) -> None:
        if self._details is None:
            self.sources.sort(key=_source_order)

    def add_report(self, source: SourceRef, stated: dict[str, Any]) -> None:
        assert self.coverage is not None
        self.coverage.add(source)
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
    corrections = Corrections.of(
        e for e in events if isinstance(e, Case.Correction | Case.PersonSplit)
    )
    reading = Reading.empty()
    reading.extend(reports, corrections)
    return reading.finish(case_id, as_of)


class CannotExtend(Exception):
    """A reading read back from a checkpoint cannot take these reports: fold from the start."""


@dataclass
class Corrections:
    """The corrections that apply to a fold: reports taken out (by version) and the
    amendments of each report, in recorded order."""

    removals: dict[int, CorrectionRef]
    amendments: dict[int, list[CorrectionRef]]
    splits: tuple[str, ...] = ()  # name variants split off as people of their own

    @classmethod
    def of(cls, events: Iterable[Case.Correction | Case.PersonSplit]) -> Corrections:
        events = list(events)
        removals, amendments = _corrections(e for e in events if isinstance(e, Case.Correction))
        return cls(removals, amendments, person_splits(events))


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

    @classmethod
    def empty(cls) -> Reading:
        return cls([], {c: {} for c in CATEGORIES.values()}, [])

    @property
    def complete(self) -> bool:
        """Whether the reading holds its reports (folded from them, not read back)."""
        return self.removed is not None

    def extend(self, reports: Sequence[Case.FactReported], corrections: Corrections) -> None:
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
            counted.append((event, _amended(event.fields(), amendments.get(version, []))))
        earlier = list(self.names)
        for name in _names_in(counted):
            if name and name not in self._seen:
                self._seen.add(name)
                self.names.append(name)
        people = PersonNames(self.names, self.splits)
        if earlier and len(earlier) < len(self.names):
            before = PersonNames(earlier, self.splits)
            if any(before.key(name) != people.key(name) for name in earlier):
                raise CannotExtend("a new name changes how an earlier one is keyed")
        for event, reported in counted:
            fields, key = _keyed(event, reported, people)
            group = self.groups[CATEGORIES[event.fact_kind]]
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
                _merge(current.fields, fields)
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
                name_field = _NAME_FIELDS.get(fact.kind)
                if name_field and fact.fields.get(name_field) is not None:
                    fact.fields[name_field] = people.shown(key[0], fact.fields[name_field])
        joins = _join_undated_arrests(self.groups["arrests"])
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
        data = {"names": list(self.names), "outlets": list(outlets), "groups": groups}
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
        for entry in data["groups"]:
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


_NAME_FIELDS = {
    kind: ("name" if kind == "SuspectIdentified" else "person")
    for kind in CATEGORIES
    if kind not in ("VictimReported", "IncidentReported")
}


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
            # A report withdrawn as a repeat of an earlier revision's never counted: that says
            # more than a withdrawal by a later revision.
            repeat = event.reason == ALREADY_REPORTED
            for version in event.fact_versions:
                (removals.__setitem__ if repeat else removals.setdefault)(
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


# A charge's status moves on from expected to filed to a verdict: a later report that says
# only that the charge was filed (or expected), as background to a story, undoes no verdict.
_CHARGE_STAGES = {"expected": 0, "filed": 1, "convicted": 2, "acquitted": 2}


def _merge(current: dict[str, Any], later: dict[str, Any]) -> None:
    """A later report overrides a field only with a value (an unstated age is not a correction),
    and not with a less precise form of the value known ("Elm Street" after "412 Elm St."),
    nor a charge's verdict with an earlier stage of the charge."""
    for name, value in later.items():
        known = current.get(name)
        if value is None or (name in _WORDING_FIELDS and known):
            continue
        if name == "status" and _CHARGE_STAGES.get(value, 9) < _CHARGE_STAGES.get(known, -1):
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
    "SentenceImposed": lambda f, p: (p.key(f["person"]), f["kind"], f["years"]),
    "CriminalHistoryReported": lambda f, p: (p.key(f["person"]),),
    # One incident per date: the wording of what and where varies from outlet to outlet.
    "IncidentReported": lambda f, p: (f["date"],),
}


def _join_undated_arrests(
    arrests: dict[tuple[Any, ...], KnownFact],
) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """An undated report of an arrest is the same arrest as the one dated report of it, if only
    one. The keys joined, each to the key it joined."""
    joined = {}
    for key in [k for k in arrests if k[2] is None]:
        dated = [k for k in arrests if k[:2] == key[:2] and k[2] is not None]
        if len(dated) == 1:
            arrests[dated[0]].join(arrests.pop(key))
            joined[key] = dated[0]
    for fact in arrests.values():
        fact.sort_sources()
    return joined


def _keyed(
    event: Case.FactReported, reported: dict[str, Any], people: PersonNames
) -> tuple[dict[str, Any], tuple[Any, ...]]:
    """A counted report's fields as the fold holds them (people by their fullest name) and the
    key of the fact it reports."""
    fields = dict(reported)
    for name_field in ("person", "name"):
        if name_field in fields and event.fact_kind != "VictimReported":
            fields[name_field] = people.display(fields[name_field])
    return fields, _KEYS[event.fact_kind](fields, people)


class WindowReport(NamedTuple):
    """A report published between two states, as the later state counts it."""

    category: str
    key: tuple[Any, ...]
    source: SourceRef
    stated: dict[str, Any]


def window_reports(
    later: CaseState,
    reports: Sequence[Case.FactReported],
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
        reported = _amended(event.fields(), corrections.amendments.get(version, []))
        _fields, key = _keyed(event, reported, people)
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
            facts.sort(key=lambda report: _source_order(report.source))  # as `sort_sources`
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


def _source_order(source: SourceRef) -> tuple[datetime, str, int]:
    return (source.reported_at, source.article_id, source.start)
