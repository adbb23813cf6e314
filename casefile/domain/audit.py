"""Auditing the reporting of a case: where sources disagree, how names vary, what a revision
of an article changed. Pure functions over a fold (`state.py`) and article texts.

Disagreement or refinement: two sources give different values for the same slot (the age of
one suspect, the location of one incident). The values *disagree* when they cannot both be
true (31 and 32; Main Street and Park Street); one *refines* the other when it says the same
thing more precisely (412 Elm St. within "the 400 block of Elm Street", "Springfield, Ill."
for "Springfield").
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from casefile.domain.events import FactReported
from casefile.domain.facts import Fact
from casefile.domain.person_keys import PersonNames
from casefile.domain.places import refines, words
from casefile.domain.sources import SourceRef
from casefile.domain.state import CaseState, KnownFact

DISAGREEMENT, REFINEMENT = "disagreement", "refinement"

# -- slots ------------------------------------------------------------------------------------

# The facts whose values must agree from source to source, the fields compared, and what one
# slot is (the fold's key may be finer: a bond's key holds its amount, an arrest's its date).
# Fields that move over time on purpose (a charge's status, a link's relation) are left to
# `casefile diff`: a later report that firms them up is progress, not a disagreement.
_SLOTS: dict[str, tuple[tuple[str, ...], Callable[[tuple[Any, ...]], tuple[Any, ...]]]] = {
    "SuspectIdentified": (("age", "residence"), lambda key: key),
    "VictimReported": (("age", "outcome"), lambda key: key),
    # The arrest in this case: a person may well have several prior arrests on different dates.
    "ArrestMade": (("date",), lambda key: key[:2] if not key[1] else key),
    "BondSet": (("amount",), lambda key: (key[0], key[2])),  # (person, status)
    "CriminalHistoryReported": (("prior_arrests",), lambda key: key),
    "IncidentReported": (("location",), lambda key: key),  # (date,)
}


@dataclass(frozen=True)
class Claim:
    """One value given for a slot, and the reports that give it (in reported order)."""

    value: Any
    sources: tuple[SourceRef, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "sources": [s.as_dict() for s in self.sources]}


@dataclass(frozen=True)
class SlotConflict:
    """Different values given for one slot: a disagreement, or refinements of one value."""

    verdict: str
    kind: str
    subject: str
    field: str
    claims: tuple[Claim, ...]  # the most precise first for a refinement, else first reported

    def as_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "type": self.kind,
            "subject": self.subject,
            "field": self.field,
            "values": [c.as_dict() for c in self.claims],
        }


def slot_conflicts(state: CaseState) -> list[SlotConflict]:
    """Every slot of the case for which sources give more than one value."""
    slots: dict[tuple[str, tuple[Any, ...]], list[KnownFact]] = {}
    for fact in state.all_facts():
        if fact.kind in _SLOTS:
            slots.setdefault((fact.kind, _SLOTS[fact.kind][1](fact.key)), []).append(fact)
    conflicts = []
    for (kind, _slot), facts in slots.items():
        for name in _SLOTS[kind][0]:
            claims = _claims(facts, name)
            if len(claims) > 1:
                conflicts.append(_judge(kind, _subject(facts[0]), name, claims))
    return conflicts


def _subject(fact: KnownFact) -> str:
    for name in ("name", "person", "description", "date"):
        if fact.fields.get(name):
            return str(fact.fields[name])
    return fact.kind


def _claims(facts: Iterable[KnownFact], name: str) -> list[Claim]:
    by_value: dict[Any, list[SourceRef]] = {}
    shown: dict[Any, Any] = {}
    for fact in facts:
        for source in fact.sources:
            value = fact.stated.get(source.version, {}).get(name)
            if value is None:
                continue
            same = _comparable(value)
            shown.setdefault(same, value)
            by_value.setdefault(same, []).append(source)
    return [
        Claim(shown[same], tuple(sorted(sources, key=_source_order)))
        for same, sources in sorted(by_value.items(), key=lambda item: _source_order(item[1][0]))
    ]


def _source_order(source: SourceRef) -> tuple[Any, ...]:
    return (source.reported_at, source.article_id, source.start)


def _comparable(value: Any) -> Any:
    return " ".join(words(value)) if isinstance(value, str) else value


def _judge(kind: str, subject: str, name: str, claims: list[Claim]) -> SlotConflict:
    values = [c.value for c in claims]
    compatible = all(refines(a, b) or refines(b, a) for a in values for b in values)
    if not compatible:
        return SlotConflict(DISAGREEMENT, kind, subject, name, tuple(claims))
    most_precise = sorted(claims, key=lambda c: -sum(refines(c.value, o.value) for o in claims))
    return SlotConflict(REFINEMENT, kind, subject, name, tuple(most_precise))


# -- name variants ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NameVariants:
    """The spellings a case's reports give one person, each with its sources."""

    person: str
    spellings: tuple[Claim, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "spellings": [
                {"spelling": c.value, "sources": [s.as_dict() for s in c.sources]}
                for c in self.spellings
            ],
        }


def name_variants(state: CaseState) -> list[NameVariants]:
    """The people of the case named in more than one way (accents, initials, surname alone)."""
    mentions: list[tuple[str, SourceRef]] = []
    for fact in state.all_facts():
        for source in fact.sources:
            stated = fact.stated.get(source.version, {})
            name = stated.get("name") if "name" in stated else stated.get("person")
            if name:
                mentions.append((name, source))
    folded = PersonNames((_ascii(name) for name, _ in mentions), state.splits)
    people: dict[str, dict[str, list[SourceRef]]] = {}
    for name, source in mentions:
        spellings = people.setdefault(folded.key(_ascii(name)), {})
        sources = spellings.setdefault(name, [])
        if source not in sources:
            sources.append(source)
    return [
        NameVariants(
            max(spellings, key=len),
            tuple(
                Claim(name, tuple(sorted(sources, key=_source_order)))
                for name, sources in sorted(spellings.items())
            ),
        )
        for spellings in people.values()
        if len(spellings) > 1
    ]


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


# -- article revisions --------------------------------------------------------------------------


@dataclass(frozen=True)
class RevisionSupport:
    """What a new revision of an article means for the facts its earlier revisions reported."""

    new_facts: list[Fact]  # stated by the revision and by no earlier revision
    unsupported: list[int]  # versions of earlier reports the revision no longer makes


def revision_support(
    earlier: Sequence[FactReported], removals: Mapping[int, str], facts: Sequence[Fact]
) -> RevisionSupport:
    """Compare a revision's facts with the reports the article's earlier revisions made.

    `removals` gives the action ("retracted", "withdrawn") that took out an earlier report, by
    its version. A withdrawn report the revision states again is a new fact; a retracted one
    stays retracted (the person's judgement stands).
    """
    counting = {
        e.originator_version: _same_fact(e.fact())
        for e in earlier
        if e.originator_version not in removals
    }
    retracted = {
        _same_fact(e.fact()) for e in earlier if removals.get(e.originator_version) == "retracted"
    }
    known = set(counting.values()) | retracted
    stated = {_same_fact(f) for f in facts}
    return RevisionSupport(
        new_facts=[f for f in facts if _same_fact(f) not in known],
        unsupported=[version for version, same in counting.items() if same not in stated],
    )


def _same_fact(fact: Fact) -> tuple[Any, ...]:
    return (fact.kind, *(_comparable(v) for v in fact.fields.values()))


def same_fact(fact: Fact) -> tuple[Any, ...]:
    """What makes two revisions' facts the same fact (their kind and comparable fields)."""
    return _same_fact(fact)


# A sentence ends at . ! ? (maybe closed by a quote) before a capital or a digit, unless the
# full stop ends a short capitalised abbreviation (Oct., Conn., Lt.), an initial, or a.m./p.m.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z][a-z]{2}\.)(?<!\b[A-Z][a-z]{3}\.)"
    r"(?<!\.[a-z]\.)[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])"
)


def sentences(text: str) -> list[str]:
    """The sentences of a text, paragraph by paragraph (a simple split: enough to compare)."""
    found = []
    for paragraph in text.splitlines():
        found += [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]
    return found


@dataclass(frozen=True)
class SentenceChange:
    change: str  # "removed" or "added"
    sentence: str

    def as_dict(self) -> dict[str, str]:
        return {"change": self.change, "sentence": self.sentence}


def sentence_changes(before: str, after: str) -> list[SentenceChange]:
    """The sentences one text removed from and added to another, in text order."""
    old, new = sentences(before), sentences(after)
    changes: list[SentenceChange] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in {"replace", "delete"}:
            changes += [SentenceChange("removed", s) for s in old[i1:i2]]
        if tag in {"replace", "insert"}:
            changes += [SentenceChange("added", s) for s in new[j1:j2]]
    return changes
