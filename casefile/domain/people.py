"""People: the names reports give them, and one canonical person per real person.

Reports name the same person in many ways ("Dale R. Quill", "Dale Quill", "Quill"; "Mike
Tanner", "Michael T. Tanner"; "Ortiz-Vega", "Ortiz Vega"). A `PersonName` parses one
form; `same_person` says whether two forms can be one person; `resolve_people` groups every
mention of a case into canonical persons, keeping each variant, age, residence and role
with the reports that state it. A person's split (a correction) keeps a variant apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Common English short forms of given names: "Mike Tanner" and "Michael Tanner" are one key.
_FORMAL_NAMES = {
    "michael": ("mike", "mick", "mikey"),
    "robert": ("rob", "bob", "bobby", "robbie"),
    "william": ("will", "bill", "billy", "willie"),
    "richard": ("rick", "dick", "rich", "ricky"),
    "charles": ("chuck", "charlie"),
    "james": ("jim", "jimmy", "jamie"),
    "john": ("johnny", "jack"),
    "joseph": ("joe", "joey"),
    "thomas": ("tom", "tommy"),
    "ronald": ("ron", "ronnie"),
    "donald": ("don", "donnie"),
    "edward": ("ed", "eddie", "ted"),
    "anthony": ("tony",),
    "christopher": ("chris",),
    "daniel": ("dan", "danny"),
    "david": ("dave",),
    "steven": ("steve",),
    "stephen": ("steve",),
    "timothy": ("tim",),
    "matthew": ("matt",),
    "nicholas": ("nick",),
    "gregory": ("greg",),
    "jeffrey": ("jeff",),
    "kenneth": ("ken", "kenny"),
    "lawrence": ("larry",),
    "samuel": ("sam",),
    "benjamin": ("ben",),
    "patrick": ("pat",),
    "elizabeth": ("liz", "beth", "betty"),
    "katherine": ("kate", "kathy", "katie"),
    "margaret": ("maggie", "peggy"),
    "jennifer": ("jen", "jenny"),
    "susan": ("sue",),
    "deborah": ("debbie", "deb"),
    "patricia": ("pat", "patty", "trish"),
}
_SHORT_TO_FORMAL = {short: formal for formal, shorts in _FORMAL_NAMES.items() for short in shorts}


def formal_given(name: str) -> str:
    """The formal form of a given name ("mike" -> "michael"); the name itself otherwise."""
    return _SHORT_TO_FORMAL.get(name, name)


@dataclass(frozen=True)
class PersonName:
    """One written form of a person's name, as lower-case words."""

    given: str | None  # None when the report gives the surname alone
    middles: tuple[str, ...]
    surname: str
    suffix: str | None

    @property
    def key(self) -> tuple[str, str]:
        """What indexes the person across reports: formal given name and surname."""
        return (formal_given(self.given) if self.given else "", self.surname)

    @property
    def is_full(self) -> bool:
        return self.given is not None


def parse_name(raw: str | None) -> PersonName | None:
    """The parts of a written name; None when it holds no word."""
    plain = unicodedata.normalize("NFKD", raw or "").encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", plain.lower().replace("'", ""))
    suffix = next((w for w in words if w in SUFFIXES), None)
    words = [w for w in words if w not in SUFFIXES]
    if not words:
        return None
    if len(words) == 1:
        return PersonName(None, (), words[0], suffix)
    return PersonName(words[0], tuple(words[1:-1]), words[-1], suffix)


def same_person(a: PersonName, b: PersonName) -> bool:
    """Whether two forms can name one person: same surname, no conflicting given name,
    middle initial or suffix ("Cole Marsh Jr." and "Cole Marsh Sr." are two people)."""
    if a.surname != b.surname:
        return False
    if a.suffix and b.suffix and a.suffix != b.suffix:
        return False
    if a.given and b.given and not _compatible_given(a.given, b.given):
        return False
    return not (a.middles and b.middles and a.middles[0][0] != b.middles[0][0])


def _compatible_given(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return formal_given(a) == formal_given(b)


# -- canonical persons of a case --------------------------------------------------------------

ROLES = ("suspect", "victim", "official quoted")


@dataclass(frozen=True)
class Mention:
    """A report naming a person: the name as written, in what role, with what it says of them."""

    name: str
    role: str
    source: Any  # whatever the caller uses to cite the report (kept as given)
    age: int | None = None
    residence: str | None = None


@dataclass
class Person:
    """One real person of a case, as every report named and described them."""

    name: str
    variants: dict[str, list[Any]] = field(default_factory=dict)
    roles: dict[str, list[Any]] = field(default_factory=dict)
    ages: dict[int, list[Any]] = field(default_factory=dict)
    residences: dict[str, list[Any]] = field(default_factory=dict)

    @property
    def role(self) -> str:
        """The role that defines the person: suspect over victim over official quoted."""
        return next(r for r in ROLES if r in self.roles)

    def add(self, mention: Mention) -> None:
        self.variants.setdefault(mention.name, []).append(mention.source)
        self.roles.setdefault(mention.role, []).append(mention.source)
        if mention.age is not None:
            self.ages.setdefault(mention.age, []).append(mention.source)
        if mention.residence:
            self.residences.setdefault(mention.residence, []).append(mention.source)
        if _fullness(mention.name) > _fullness(self.name):
            self.name = mention.name


def _fullness(name: str) -> tuple[int, int]:
    parsed = parse_name(name)
    words = 0 if parsed is None else len(parsed.middles) + 1 + bool(parsed.given)
    return (words, len(name))


def resolve_people(mentions: Iterable[Mention], splits: Sequence[str] = ()) -> list[Person]:
    """Canonical persons of a case, suspects first, in order of first mention.

    Full names join the person whose forms they are all compatible with; a surname alone
    joins the one full-name person with that surname (ages, then role, break a tie), or
    stands alone. A variant named in `splits` (a person's correction) is its own person.
    """
    named = [(m, parse_name(m.name)) for m in mentions]
    named = [(m, p) for m, p in named if p is not None]
    split = {parse_name(s) for s in splits}
    people: list[tuple[Person, list[PersonName]]] = []
    for mention, parsed in sorted(named, key=lambda mp: not mp[1].is_full):
        target = _home(mention, parsed, people, split)
        if target is None:
            target = (Person(mention.name), [])
            people.append(target)
        target[0].add(mention)
        target[1].append(parsed)
    persons = [person for person, _ in people]
    return sorted(persons, key=lambda p: ROLES.index(p.role))


def _home(
    mention: Mention,
    parsed: PersonName,
    people: list[tuple[Person, list[PersonName]]],
    split: set[PersonName | None],
) -> tuple[Person, list[PersonName]] | None:
    def joins(forms: list[PersonName]) -> bool:
        if (parsed in split) != (forms[0] in split):
            return False
        if parsed in split:
            return parsed == forms[0]
        return all(same_person(parsed, form) for form in forms)

    candidates = [entry for entry in people if joins(entry[1])]
    if parsed.is_full or len(candidates) <= 1:
        return candidates[0] if candidates else None
    # A surname alone that fits several people: the one whose stated age or role agrees.
    by_age = [c for c in candidates if mention.age is not None and mention.age in c[0].ages]
    by_role = [c for c in candidates if mention.role in c[0].roles]
    for narrowed in (by_age, by_role):
        if len(narrowed) == 1:
            return narrowed[0]
    return None
