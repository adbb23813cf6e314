"""The people of a case, and the cases related to it through a linked homicide.

People come from the case's fact reports that still count (retracted or withdrawn reports
left out, amendments applied) and from the officials its articles quote; `resolve_people`
makes one canonical person of each real one, honouring the case's `PersonSplit`s.

Related cases are found when asked, not stored: a case whose suspect is linked to the
homicide of someone who is a victim in another case is related to that case, and the other
case shows the link too, whichever of the two was ingested first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from casefile.adapters import grouping_profiles
from casefile.application.checkpoints import refresh_checkpoints
from casefile.application.profiles import (
    LINKED_VICTIM,
    OFFICIAL,
    SUSPECT,
    VICTIM,
    NamedPerson,
    Profile,
    name_keys,
)
from casefile.application.tracker import CaseTracker
from casefile.domain.case import Case
from casefile.domain.people import Mention, Person, parse_name, resolve_people, same_person
from casefile.domain.person_keys import person_splits
from casefile.domain.sources import source_of


class PersonError(ValueError):
    """A correction of a case's people that cannot apply."""


def case_people(tracker: CaseTracker, case_id: str) -> list[Person]:
    """The canonical persons of a case: suspects, victims, officials quoted."""
    events = tracker.standing_events(case_id)
    mentions = list(_fact_mentions(events)) + list(_official_mentions(tracker, case_id))
    return resolve_people(mentions, person_splits(events))


def split_person(tracker: CaseTracker, case_id: str, name: str, reason: str) -> Person:
    """Record that `name` is a person of its own in the case; returns the person it left."""
    current = tracker.current_id(case_id)
    people = case_people(tracker, current)
    parsed = parse_name(name)
    joined = [p for p in people if len(p.variants) > 1 and name in p.variants]
    if parsed is None or not joined:
        shown = "; ".join(" / ".join(p.variants) for p in people if len(p.variants) > 1)
        raise PersonError(
            f"{name!r} is not one of several names of a person in case {current}"
            + (f" (joined names: {shown})" if shown else " (no person there has several names)")
        )
    case = tracker.get_case(current)
    case.trigger_event(Case.PersonSplit, name=name, by="user", reason=reason)
    tracker.save(case)
    refresh_checkpoints(tracker, [current])
    return joined[0]


def join_person(tracker: CaseTracker, case_id: str, name: str, reason: str) -> Person:
    """Undo a split: the name variant `name` is again the person it was split from. Every
    view (people, show, conflicts, diff, the report) is then as before the split. Returns
    the person it joined."""
    current = tracker.current_id(case_id)
    splits = person_splits(tracker.standing_events(current))
    wanted = parse_name(name)
    found = [s for s in splits if parse_name(s) == wanted]
    if wanted is None or not found:
        shown = ", ".join(splits)
        raise PersonError(
            f"{name!r} was not split off in case {current}"
            + (f" (split off: {shown})" if shown else " (no name was split off there)")
        )
    case = tracker.get_case(current)
    case.trigger_event(Case.PersonSplit, name=found[0], undone=True, by="user", reason=reason)
    tracker.save(case)
    refresh_checkpoints(tracker, [current])
    return next(p for p in case_people(tracker, current) if found[0] in p.variants)


def _fact_mentions(events: list[Any]) -> Iterable[Mention]:
    removed = _removed_versions(events)
    amended = _amendments(events)
    for event in events:
        if not isinstance(event, Case.FactReported) or event.originator_version in removed:
            continue
        fields = {**event.fact().fields, **amended.get(event.originator_version, {})}
        source = source_of(event).as_dict()
        if event.fact_kind == "SuspectIdentified" and fields.get("name"):
            yield Mention(fields["name"], "suspect", source, fields["age"], fields["residence"])
        elif event.fact_kind == "VictimReported" and fields.get("name"):
            yield Mention(fields["name"], "victim", source, fields.get("age"))
        elif fields.get("person"):
            yield Mention(fields["person"], "suspect", source)


def _removed_versions(events: list[Any]) -> set[int]:
    removed: set[int] = set()
    for event in events:
        if isinstance(event, Case.FactRetracted):
            removed.add(event.fact_version)
        elif isinstance(event, Case.FactsWithdrawn):
            removed.update(event.fact_versions)
    return removed


def _amendments(events: list[Any]) -> dict[int, dict[str, Any]]:
    amended: dict[int, dict[str, Any]] = {}
    for event in events:
        if isinstance(event, Case.FactAmended):
            amended.setdefault(event.fact_version, {}).update(event.fields)
    return amended


def _official_mentions(tracker: CaseTracker, case_id: str) -> Iterable[Mention]:
    """Officials the case's articles quote, cited by the sentence that first names them."""
    attached = {a.article_id: a for a in tracker.attached_articles(case_id)}
    for profile in _profiles_of(tracker, tracker.current_id(case_id)):
        article = attached.get(profile.article_id)
        if article is None:
            continue
        text = tracker.get_article(article.article_id).text_of(article.revision)
        for person in profile.people:
            if person.roles == {OFFICIAL}:
                source = {
                    "article": article.article_id,
                    "outlet": article.outlet,
                    "url": article.url,
                    "reported_at": article.reported_at.isoformat(),
                    **_sentence_naming(text, person.name),
                }
                yield Mention(person.name, "official quoted", source)


def _sentence_naming(text: str, name: str) -> dict[str, Any]:
    at = text.find(name)
    if at < 0:
        return {"quote": name, "start": None, "end": None}
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    quote = text[start:end].strip()
    return {"quote": quote, "start": start, "end": start + len(quote)}


def _profiles_of(tracker: CaseTracker, case_id: str) -> list[Profile]:
    with tracker.engine.connect() as connection:
        stored = grouping_profiles.profiles_of_case(connection, case_id)
    return [Profile.from_dict(json.loads(p)) for p in stored]


# -- related cases ------------------------------------------------------------------------


@dataclass(frozen=True)
class RelatedCase:
    """Another case tied to this one: a suspect of `linking_case` is linked to the homicide
    of `victim`, who is a victim in `victim_case`; `sources` report the link."""

    case_id: str
    victim: str
    linking_case: str
    victim_case: str
    sources: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return {
            "case": self.case_id,
            "victim": self.victim,
            "linking_case": self.linking_case,
            "victim_case": self.victim_case,
            "sources": self.sources,
        }


def related_cases(tracker: CaseTracker, case_id: str) -> list[RelatedCase]:
    """Cases tied to this one through a homicide a suspect is linked to, in either direction."""
    here = tracker.current_id(case_id)
    tracker.case_events(here)  # an unknown case is an error, not an empty answer
    own = [p for profile in _profiles_of(tracker, here) for p in profile.people]
    found: dict[tuple[str, str], RelatedCase] = {}
    with tracker.engine.connect() as connection:
        for ours, theirs in ((_only_linked, _victim_like), (_victim_like, _only_linked)):
            for person in filter(ours, own):
                parsed = person.parsed
                for other_case, stored in grouping_profiles.profiles_naming(
                    connection, name_keys(parsed)
                ):
                    if other_case == here or (other_case, person.name) in found:
                        continue
                    other = Profile.from_dict(json.loads(stored)).people
                    if not any(
                        parsed.is_full and same_person(parsed, p.parsed)
                        for p in filter(theirs, other)
                    ):
                        continue
                    linking, victim_case = (
                        (here, other_case) if ours is _only_linked else (other_case, here)
                    )
                    found[(other_case, person.name)] = RelatedCase(
                        other_case,
                        person.name,
                        linking,
                        victim_case,
                        _link_sources(tracker, linking, parsed.surname),
                    )
    return sorted(found.values(), key=lambda r: (r.case_id, r.victim))


def _only_linked(person: NamedPerson) -> bool:
    return person.only_linked


def _victim_like(person: NamedPerson) -> bool:
    """A victim by the facts, or the person a report is about when it names no suspect role
    for them (a first report of a killing, before extraction knows who was killed)."""
    if VICTIM in person.roles:
        return True
    return person.central and not person.roles & {SUSPECT, OFFICIAL, LINKED_VICTIM}


def _link_sources(tracker: CaseTracker, case_id: str, surname: str) -> list[dict[str, Any]]:
    """The reports, in the linking case, that tie a suspect to the victim's homicide: the
    links naming the victim, or quoting a sentence that names them."""
    named = re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)
    return [
        source.as_dict()
        for fact in tracker.state(case_id).category("homicide_links")
        for source in fact.sources
        if named.search(fact.fields.get("victim") or "") or named.search(source.quote)
    ]
