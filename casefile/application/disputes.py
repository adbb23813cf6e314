"""The suspects and victims of a case as people, and what their reports dispute about them.

The fold keeps one fact per suspect (by given name and surname) and per victim (by surname),
so a victim spelled "Hays" by one outlet and "Hayes" by another is two facts there. Here the
facts of one person are put together again: facts whose names `name_variants` reads as one
name written differently (not a variant a person split off), in the same role. For each
person: every spelling and every age, with the reports that give them. A person's name is
*disputed* when two spellings cannot both be right ("Hays" / "Hayes"; a fuller form, "Oren
T. Vasko" for "Oren Vasko", only refines), the age when reports give different ages.

`casefile conflicts` lists them (victims as well as suspects); `casefile show` marks the
facts of such a person "disputed", from the names and ages each fact's coverage keeps (no
report read again, when the state was read from a checkpoint).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from casefile.application.name_variants import written_variants
from casefile.domain.people import PersonName, parse_name, same_person
from casefile.domain.sources import SourceRef
from casefile.domain.state import CaseState, KnownFact

if TYPE_CHECKING:
    from casefile.domain.audit import Claim, NameVariants, SlotConflict

_PEOPLE = {"suspects": "SuspectIdentified", "victims": "VictimReported"}


@dataclass
class StatePerson:
    """One suspect or victim of a fold: its facts, spellings and ages, each with sources."""

    category: str
    facts: list[KnownFact] = field(default_factory=list)
    spellings: dict[str, list[SourceRef]] = field(default_factory=dict)
    ages: dict[int, list[SourceRef]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return max(self.spellings, key=len) if self.spellings else ""

    @property
    def name_disputed(self) -> bool:
        parsed = [p for p in map(parse_name, map(_ascii, self.spellings)) if p is not None]
        return any(not same_person(a, b) for a in parsed for b in parsed)

    @property
    def age_disputed(self) -> bool:
        return len(self.ages) > 1

    def disputed(self) -> dict[str, list[Any]]:
        """The disputed fields and the values given ({"name": [...], "age": [...]})."""
        found: dict[str, list[Any]] = {}
        if self.name_disputed:
            found["name"] = sorted(self.spellings)
        if self.age_disputed:
            found["age"] = sorted(self.ages)
        return found


def state_people(state: CaseState, *, sources: bool = True) -> list[StatePerson]:
    """The suspects and victims of the fold as people (see the module); without their
    `sources` (each spelling and age with none), when the facts' coverage knows the values."""
    splits = {parse_name(name) for name in state.splits}
    people: list[tuple[StatePerson, list[PersonName]]] = []
    for category, kind in _PEOPLE.items():
        for fact in state.category(category):
            spellings, ages = _stated(fact, kind) if sources else _values(fact, kind)
            names = [p for p in map(parse_name, map(_ascii, spellings)) if p is not None]
            if not names:
                continue
            home = next(
                (
                    entry
                    for entry in people
                    if entry[0].category == category and _one_person(names, entry[1], splits)
                ),
                None,
            )
            if home is None:
                home = (StatePerson(category), [])
                people.append(home)
            person, forms = home
            person.facts.append(fact)
            forms += names
            for name, sources in spellings.items():
                person.spellings.setdefault(name, []).extend(sources)
            for age, sources in ages.items():
                person.ages.setdefault(age, []).extend(sources)
    return [person for person, _ in people]


def _one_person(names: list[PersonName], forms: list[PersonName], splits: set[Any]) -> bool:
    if any(n in splits for n in names) or any(f in splits for f in forms):
        return False
    return any(a.is_full and b.is_full and written_variants(a, b) for a in names for b in forms)


def _stated(
    fact: KnownFact, kind: str
) -> tuple[dict[str, list[SourceRef]], dict[int, list[SourceRef]]]:
    spellings: dict[str, list[SourceRef]] = {}
    ages: dict[int, list[SourceRef]] = {}
    for source in fact.sources:
        stated = fact.stated.get(source.version, {})
        name = stated.get("name")
        if name:
            spellings.setdefault(name, []).append(source)
        age = stated.get("age")
        if isinstance(age, int):
            ages.setdefault(age, []).append(source)
    if not spellings and fact.fields.get("name"):
        spellings[fact.fields["name"]] = list(fact.sources)
    return spellings, ages


def _values(
    fact: KnownFact, kind: str
) -> tuple[dict[str, list[SourceRef]], dict[int, list[SourceRef]]]:
    """What `_stated` gives, without the sources: from the names and ages the fact's
    coverage keeps, if it does."""
    stated = fact.coverage.stated_values() if fact.coverage is not None else None
    if stated is None:
        return _stated(fact, kind)
    names, ages = stated
    spellings: dict[str, list[SourceRef]] = {name: [] for name in sorted(names)}
    if not spellings and fact.fields.get("name"):
        spellings[fact.fields["name"]] = []
    return spellings, {age: [] for age in sorted(ages)}


def people_conflicts(
    state: CaseState, names: list[NameVariants], slots: list[SlotConflict]
) -> tuple[list[NameVariants], list[SlotConflict]]:
    """What `casefile conflicts` adds for people the fold keeps as several facts: their
    spellings (beside the fold's own `names`) and their ages (beside its `slots`)."""
    # Imported here: `show` marks disputes (`disputed_facts`) without the audit's module.
    from casefile.domain.audit import DISAGREEMENT, NameVariants, SlotConflict

    listed = {frozenset(c.value for c in n.spellings) for n in names}
    more_names, more_slots = [], []
    for person in state_people(state):
        if len(person.facts) < 2:
            continue  # the fold's own conflicts already list it
        spellings = frozenset(person.spellings)
        if len(spellings) > 1 and spellings not in listed:
            more_names.append(NameVariants(person.name, _claims(person.spellings)))
        if person.age_disputed:
            kind = _PEOPLE[person.category]
            more_slots.append(
                SlotConflict(DISAGREEMENT, kind, person.name, "age", _claims(person.ages))
            )
    return names + more_names, slots + more_slots


def _claims(values: dict[Any, list[SourceRef]]) -> tuple[Claim, ...]:
    def first(sources: list[SourceRef]) -> tuple[Any, ...]:
        return min((s.reported_at, s.article_id, s.start) for s in sources)

    from casefile.domain.audit import Claim

    return tuple(
        Claim(
            value, tuple(sorted(set(sources), key=lambda s: (s.reported_at, s.article_id, s.start)))
        )
        for value, sources in sorted(values.items(), key=lambda item: first(item[1]))
    )


def disputed_facts(state: CaseState) -> dict[tuple[str, tuple[Any, ...]], dict[str, list[Any]]]:
    """For `casefile show`: what is disputed about the person of each suspect or victim fact
    (by category and key), for the facts of a person with something disputed."""
    marks: dict[tuple[str, tuple[Any, ...]], dict[str, list[Any]]] = {}
    for person in state_people(state, sources=False):
        disputed = person.disputed()
        if disputed:
            for fact in person.facts:
                marks[(person.category, fact.key)] = disputed
    return marks


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
