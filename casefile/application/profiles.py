"""An article's profile: what grouping needs to know of one article.

A profile holds when the article was published, its dateline place, and the people it names,
each with the roles the extracted facts give them (suspect, victim, victim of a linked
homicide) or that the text shows (an official quoted, a name repeated); and the keys it is
stored and looked up under, so that finding its possible links does not grow with the archive.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache
from itertools import accumulate
from typing import Any

from casefile.application.incidents import Incident, read_incident
from casefile.application.name_variants import sound_key
from casefile.application.speakers import StorySpeakers
from casefile.application.text_names import (
    AFTER_NAME_WORD,
    MentionFinder,
    places_named,
    story_place,
    surname_as_written,
    text_names,
    towns,
    without_bylines,
)
from casefile.domain.facts import Evidence, Fact
from casefile.domain.people import PersonName, formal_given, parse_name, same_person

SUSPECT, VICTIM, LINKED_VICTIM, OFFICIAL, NAMED = (
    "suspect",
    "victim",
    "linked victim",
    "official quoted",
    "named",
)
# A first report often names nobody ("a man was arrested after a shooting in Austin"): it
# may join a report from the same place published this close to it, when the incident the
# two tell is the same (`incidents.incident_reason`).
UNNAMED_REPORT_DAYS = 3

# "\b" is written as a look-behind after each alternative's first digit ("1(?<!\w1)" is a "1"
# with no word character before it): a pattern that opens with a character lets the regex
# engine skip ahead to the next "1" or "2" instead of trying the pattern at every position.
_YEAR = re.compile(r"(?:1(?<!\w1)9[5-9]\d|2(?<!\w2)0\d\d)\b")


@dataclass
class NamedPerson:
    """A person an article names: the fullest form, the roles it gives them, how often the
    surname appears, and how often alone ("Pell said"): a person the story is about is
    named again by surname, a place ("Baton Rouge") never is."""

    name: str
    roles: set[str] = field(default_factory=set)
    mentions: int = 0
    alone: int = 0
    ages: set[int] = field(default_factory=set)  # as the facts state them

    @cached_property
    def parsed(self) -> PersonName:
        # Cached: grouping compares every pair of people of two profiles. `_add` drops the
        # cache when it changes the name.
        parsed = _parse_name(self.name)
        assert parsed is not None
        return parsed

    @property
    def only_linked(self) -> bool:
        """The victim of another homicide a suspect is linked to, and nothing more here."""
        return LINKED_VICTIM in self.roles and not self.roles & {SUSPECT, VICTIM}

    @property
    def central(self) -> bool:
        """Suspect, victim, or a full name whose surname the article repeats, alone at least
        once (not an official)."""
        if self.roles & {SUSPECT, VICTIM}:
            return True
        repeated = self.mentions >= 2 and self.alone >= 1
        return repeated and not self.roles & {OFFICIAL, LINKED_VICTIM}


@dataclass
class Profile:
    """What grouping knows of one article."""

    article_id: str
    published: date
    place: str | None
    people: list[NamedPerson]
    residence: str | None = None  # the first suspect's, as the facts state it
    charges: frozenset[str] = frozenset()  # as the facts word them
    recalls: frozenset[int] = frozenset()  # earlier years the text names ("the 2019 killing")
    incident: Incident | None = None  # what happened, where and when (`incidents`)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "article_id": self.article_id,
            "published": self.published.isoformat(),
            "place": self.place,
            "residence": self.residence,
            "people": [
                {
                    "name": p.name,
                    "roles": sorted(p.roles),
                    "mentions": p.mentions,
                    "alone": p.alone,
                    **({"ages": sorted(p.ages)} if p.ages else {}),
                }
                for p in self.people
            ],
        }
        # Left out when empty: profiles stored before these were kept read the same.
        if self.charges:
            data["charges"] = sorted(self.charges)
        if self.recalls:
            data["recalls"] = sorted(self.recalls)
        if self.incident is not None:
            data["incident"] = self.incident.as_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        return cls(
            article_id=data["article_id"],
            published=date.fromisoformat(data["published"]),
            place=data["place"],
            residence=data.get("residence"),
            people=[
                NamedPerson(
                    p["name"],
                    set(p["roles"]),
                    p["mentions"],
                    p.get("alone", 0),
                    set(p.get("ages", ())),
                )
                for p in data["people"]
            ],
            charges=frozenset(data.get("charges", ())),
            recalls=frozenset(data.get("recalls", ())),
            incident=Incident.from_dict(data["incident"]) if data.get("incident") else None,
        )

    @property
    def names_anyone_central(self) -> bool:
        return any(p.central for p in self.people)

    @property
    def surnames(self) -> set[str]:
        return {p.parsed.surname for p in self.people}

    @property
    def index_keys(self) -> set[str]:
        """What the article is stored under: each full name by surname and the initial of
        its formal given name (`name:smith:j`), each surname given alone by the surname,
        and its place on its day.

        Keys narrow the look-up so it does not grow with the archive: a common surname
        ("Smith") is named in thousands of stored articles, a surname with one initial in
        a twenty-sixth of them; and a place ties two articles only within
        `UNNAMED_REPORT_DAYS`, so its key carries the day.
        """
        place = {_place_key(self.place, self.published)} if self.place else set()
        incident = self.incident.keys() if self.incident else set()
        return {_name_key(p.parsed) for p in self.people} | place | incident | self._sound_keys

    @property
    def lookup_keys(self) -> set[str]:
        """What finds the stored articles this one may link to: its names' keys, the bare
        surnames (surnames named alone, and every name in stores written before names
        carried an initial), every initial of a surname a suspect or victim is named by
        alone ("Pell is charged"), and its place on each day within `UNNAMED_REPORT_DAYS`
        (plus the undated place key of stores written before the keys carried the day)."""
        keys = {_name_key(p.parsed) for p in self.people} | self.surnames | self._sound_keys
        for person in self.people:
            if not person.parsed.is_full and person.roles & {SUSPECT, VICTIM}:
                keys |= {f"name:{person.parsed.surname}:{c}" for c in _INITIALS}
        if self.incident is not None:
            keys |= self.incident.keys(spread=1)
        if not self.place:
            return keys
        days = range(-UNNAMED_REPORT_DAYS, UNNAMED_REPORT_DAYS + 1)
        dated = {_place_key(self.place, self.published + timedelta(days=d)) for d in days}
        return keys | dated | {f"place:{self.place.lower()}"}

    @property
    def _sound_keys(self) -> set[str]:
        """Suspects and victims by the sound of the surname (`name_variants.sound_key`)."""
        keys = (sound_key(p.parsed) for p in self.people if p.roles & {SUSPECT, VICTIM})
        return {key for key in keys if key}

    def main_person(self) -> NamedPerson | None:
        """The person a new case is named after: the first suspect, else the first victim,
        else the most repeated central name."""
        for role in (SUSPECT, VICTIM):
            named = [p for p in self.people if role in p.roles and p.parsed.is_full]
            named = named or [p for p in self.people if role in p.roles]
            if named:
                return named[0]
        central = [p for p in self.people if p.central]
        return max(central, key=lambda p: p.mentions) if central else None


def _place_key(place: str, day: date) -> str:
    return f"place:{place.lower()}@{day.isoformat()}"


_INITIALS = "abcdefghijklmnopqrstuvwxyz0123456789"


def _name_key(name: PersonName) -> str:
    """A full name's key: surname and the first letter of the formal given name ("Mike"
    and "Michael" and "M." share `m`); a surname alone is its own key."""
    if not name.is_full:
        return name.surname
    assert name.given is not None
    return f"name:{name.surname}:{formal_given(name.given)[0]}"


def name_keys(name: PersonName) -> set[str]:
    """The keys under which stored articles naming this full name (or a surname alone that
    may be it) are found."""
    if name.is_full:
        return {_name_key(name), name.surname}
    return {name.surname} | {f"name:{name.surname}:{c}" for c in _INITIALS}


def build_profile(article_id: str, text: str, published: date, facts: Sequence[Fact]) -> Profile:
    """The profile of an article from its text and its extracted facts."""
    people: list[NamedPerson] = _People()
    for name, role, age in _fact_names(facts):
        _add(people, name, role, age)
    scannable = without_bylines(text)
    places = places_named(scannable)
    # Whether a name only speaks for the story, read once per name: the text names most
    # people many times, and each reading scans the whole text.
    names = list(text_names(scannable))
    speaks = StorySpeakers(scannable, (name for name, official in names if not official))
    # "Baton Rouge, La." is a place wherever the text names it, and so is "Rouge": each
    # place and what follows each space in it, looked up (a long text names hundreds).
    place_ends = {place[i + 1 :] for place in places for i, c in enumerate(place) if c == " "}
    place_ends |= set(places)
    for name, official in names:
        if name not in place_ends:
            if not official:
                official = speaks(name)
            _add(people, name, OFFICIAL if official else NAMED)
    mentions = MentionFinder(text, len(people))
    for person in people:
        starts = mentions.starts(surname_as_written(person.name))
        person.mentions = len(starts)
        person.alone = sum(not AFTER_NAME_WORD.search(text[max(0, at - 30) : at]) for at in starts)
    residence = next(
        (
            f.fields["residence"]
            for f in facts
            if f.kind == "SuspectIdentified" and f.fields.get("residence")
        ),
        None,
    )
    charges = frozenset(
        f.fields["charge"].lower()
        for f in facts
        if f.kind == "ChargeFiled" and f.fields.get("charge")
    )
    recalls = frozenset(y for y in map(int, _YEAR.findall(scannable)) if y < published.year)
    place = story_place(text)
    incident = read_incident(scannable, published, facts, [place, *towns(scannable), *places])
    return Profile(article_id, published, place, people, residence, charges, recalls, incident)


def _fact_names(facts: Sequence[Fact]) -> Iterable[tuple[str, str, int | None]]:
    links = _Spans(f.evidence for f in facts if f.kind == "LinkedToHomicide")
    for fact in facts:
        age = fact.fields.get("age")
        age = age if isinstance(age, int) else None
        if fact.kind == "VictimReported":
            if fact.fields.get("name"):
                # A victim named in the very sentence that links a suspect to a homicide is
                # that homicide's victim, even when the link does not name them.
                linked = links.overlap(fact.evidence)
                yield fact.fields["name"], LINKED_VICTIM if linked else VICTIM, age
        elif fact.kind == "SuspectIdentified":
            if fact.fields.get("name"):
                yield fact.fields["name"], SUSPECT, age
        else:
            if fact.fields.get("person"):
                yield fact.fields["person"], SUSPECT, None
            if fact.kind == "LinkedToHomicide" and fact.fields.get("victim"):
                yield fact.fields["victim"], LINKED_VICTIM, None


class _Spans:
    """The spans of some facts' evidence, asked whether one overlaps a given span: by the
    furthest end among the spans that start before its end (a long text has hundreds of
    each, and comparing every pair grew with the square of its length)."""

    def __init__(self, evidence: Iterable[Evidence]) -> None:
        spans = sorted((e.start, e.end) for e in evidence)
        self._starts = [start for start, _ in spans]
        self._furthest = list(accumulate((end for _, end in spans), max))

    def overlap(self, evidence: Evidence) -> bool:
        """Whether one of the spans overlaps `evidence`'s."""
        before = bisect_left(self._starts, evidence.end)  # those that start before its end
        return before > 0 and self._furthest[before - 1] > evidence.start


# A `PersonName` is immutable, and `_add` parses every name the facts and the text give,
# most of them several times over (each fact names its suspect).
_parse_name = lru_cache(maxsize=8192)(parse_name)


class _People(list):  # type: ignore[type-arg]
    """The people of a profile, with those of each surname in order beside them: only they
    can be the same person (`same_person`), so a text naming hundreds of people compares each
    name with those of its surname only."""

    def __init__(self) -> None:
        super().__init__()
        self.by_surname: dict[str, list[NamedPerson]] = {}


def _add(people: list[NamedPerson], name: str, role: str, age: int | None = None) -> None:
    parsed = _parse_name(name)
    if parsed is None:
        return
    index = people.by_surname if isinstance(people, _People) else None
    candidates = people if index is None else index.get(parsed.surname, [])
    for person in candidates:
        if same_person(parsed, person.parsed) and (parsed.is_full or role != NAMED):
            if age is not None:
                person.ages.add(age)
            # Facts outrank the text: a suspect the text also names stays a suspect.
            if role not in (OFFICIAL, NAMED) or not person.roles & {SUSPECT, VICTIM, LINKED_VICTIM}:
                person.roles.add(role)
            if len(name) > len(person.name) and parsed.is_full:
                person.name = name
                person.__dict__.pop("parsed", None)
            return
    person = NamedPerson(name, {role}, ages={age} if age is not None else set())
    people.append(person)
    if index is not None:
        index.setdefault(parsed.surname, []).append(person)
