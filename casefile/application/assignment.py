"""Which case an article belongs to, and a person's corrections of that (merge, move).

Without `--case`, an article joins the case of every stored article it links to (see
`grouping.link_reason`). When it links to articles of several cases it bridges them: the
cases are merged, the one holding the earliest report keeping its id. When it links to none
it opens a new case with a readable id, `<place>-<surname>-<year>`. A case is named from its
earliest report: an article earlier than every report of the case(s) it joins renames the
case (a merge into a case of the new id; the old id stays an alias). So the cases, and
their ids, are the same whatever the order in which articles arrive (docs/grouping.md).

A merge or move copies the moved reports (and the corrections of them) into the receiving
case after a `CasesMerged` / `ArticleMovedIn` event; the giving case records `MergedInto` /
`ArticleMovedOut`. Nothing stored is changed or lost.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from casefile.adapters import grouping_profiles, read_model
from casefile.application.checkpoints import refresh_checkpoints
from casefile.application.grouping import link_reason
from casefile.application.profiles import Profile
from casefile.application.tracker import CaseTracker
from casefile.domain.case import Case, standing_events
from casefile.domain.facts import Fact
from casefile.domain.people import SUFFIXES
from casefile.domain.person_keys import name_words

USER = "user"
GROUPING = "casefile grouping"
OPENED = "links to no stored article: opened a new case"


@dataclass(frozen=True)
class Assignment:
    """Where an article goes and why; `absorbed` cases are merged into `case_id` first."""

    case_id: str
    reason: str
    profile: Profile
    absorbed: tuple[str, ...] = field(default=())


def suspect_names(facts: Sequence[Fact]) -> list[str]:
    """Suspects' names in order of first mention (the fullest form of each)."""
    names: list[str] = []
    for fact in sorted(facts, key=lambda f: f.evidence.start):
        if fact.kind in ("VictimReported", "IncidentReported"):
            continue
        name = (
            fact.fields.get("name")
            if fact.kind == "SuspectIdentified"
            else fact.fields.get("person")
        )
        if name and name not in names:
            names.append(name)
    full = [n for n in names if len(name_words(n)) >= 2]
    return full + [n for n in names if len(name_words(n)) < 2 and not _covered(n, full)]


def assign(
    connection: Connection | Session,
    profile: Profile,
    year: int,
    is_taken: Callable[[str], bool],
    taken_suffixes: dict[str, int] | None = None,
    joinable: Callable[[str], bool] | None = None,
    reported_at: str | None = None,
) -> Assignment:
    """The case an article with this profile joins (merging the cases it bridges), or a new one.
    `taken_suffixes`: see `new_case_id`. `joinable`: the only cases it may join (`ingest
    --new-case`: those the run opened); any, if None. `reported_at` (ISO, UTC): the
    article's reported time; when it is the earliest report of the case it joins, the case is
    renamed from it (not given: never renamed)."""
    linked: dict[str, list[tuple[Profile, str]]] = {}
    for case_id, stored in grouping_profiles.profiles_naming(connection, profile.lookup_keys):
        other = _stored_profile(stored)
        if other.article_id == profile.article_id:
            continue
        if joinable is not None and not joinable(case_id):
            continue
        reason = link_reason(profile, other)
        if reason:
            linked.setdefault(case_id, []).append((other, reason))
    if not linked:
        case_id = new_case_id(profile, year, is_taken, taken_suffixes)
        return Assignment(case_id, OPENED, profile)
    # The case holding the earliest report keeps its id (its id is named from that report).
    first = {case_id: _earliest(connection, case_id) for case_id in linked}
    ordered = sorted(linked, key=lambda c: (first[c], c))
    survivor = ordered[0]
    if len(ordered) > 1:
        # Cases a person separated stay apart: the article joins the first of them only.
        apart = read_model.kept_apart_from(connection, survivor)
        ordered = [c for c in ordered if c == survivor or c not in apart]
    because = "; ".join(
        f"{reason} with article {other.article_id} (case {case_id})"
        for case_id in ordered
        for other, reason in linked[case_id][:1]
    )
    earliest = reported_at is not None and (reported_at, profile.article_id) < first[survivor]
    if earliest and not _named_by(survivor, profile, year):
        # The article is the case's earliest report: the case takes the id that report gives
        # it, as if it had arrived first; the old ids stay names of the case (aliases).
        # An id the case had before (an earlier report named it so) names it again.
        own = [c for c in read_model.aliases_of(connection, ordered) if _named_by(c, profile, year)]
        renamed = (
            min(own, key=lambda c: (len(c), c))
            if own
            else new_case_id(profile, year, is_taken, taken_suffixes)
        )
        return Assignment(
            renamed,
            f"{because}: the case's earliest report, so the case is named from it:"
            f" {', '.join(ordered)} renamed to {renamed}",
            profile,
            tuple(ordered),
        )
    if len(ordered) == 1:
        return Assignment(survivor, because, profile)
    return Assignment(
        survivor,
        f"{because}: bridges cases {', '.join(ordered)}, merged into {survivor}",
        profile,
        tuple(ordered[1:]),
    )


def _earliest(connection: Connection | Session, case_id: str) -> tuple[str, str]:
    """(reported time, article id) of the case's earliest report: the report it is named by."""
    return read_model.earliest_report(connection, case_id) or ("", "")


def _named_by(case_id: str, profile: Profile, year: int) -> bool:
    """Whether the case's id is the one this report would give it (`base` or `base-N`)."""
    base = case_id_base(profile, year)
    return case_id == base or re.fullmatch(re.escape(base) + r"-\d+", case_id) is not None


@lru_cache(maxsize=8192)
def _stored_profile(stored: str) -> Profile:
    """A stored profile read back, kept by its JSON: an article of a common name is compared
    with the same stored articles again and again. Only compared, never changed."""
    return Profile.from_dict(json.loads(stored))


def new_case_id(
    profile: Profile,
    year: int,
    is_taken: Callable[[str], bool],
    taken_suffixes: dict[str, int] | None = None,
) -> str:
    """A readable, unused id: `<place>-<surname>-<year>` (`-2`, `-3` ... if taken).

    `taken_suffixes` (kept by one ingest run) remembers the highest suffix it found taken
    for each stem, so the next new case of that stem usually costs one look-up. It is only
    a hint: every id handed out is checked with `is_taken`."""
    memo: dict[str, int] = {} if taken_suffixes is None else taken_suffixes
    base = case_id_base(profile, year)
    known = memo.get(base)
    if known is None:
        if not is_taken(base):
            return base
        known = 1
    # Suffixes are handed out in order (-2, -3, ...): find the end of the taken run by
    # doubling, then halving, in a few look-ups rather than one per case already there.
    taken, free = known, known + 1  # `taken`: a taken suffix (1: the bare base); `free`: a probe
    while is_taken(f"{base}-{free}"):
        taken, free = free, free * 2
    while free - taken > 1:
        middle = (taken + free) // 2
        if is_taken(f"{base}-{middle}"):
            taken = middle
        else:
            free = middle
    memo[base] = free
    return f"{base}-{free}"


def case_id_base(profile: Profile, year: int) -> str:
    """The id a report names its case by, before any `-2`: `<place>-<surname>-<year>`."""
    person = profile.main_person()
    words = (
        [w for w in re.findall(r"[A-Za-z0-9'’-]+", person.name) if _slug(w) not in SUFFIXES]
        if person
        else []
    )
    place = profile.place or profile.residence
    parts = [_slug(place) if place else "", _slug(words[-1]) if words else "", str(year)]
    if not place and not words:
        return f"case-{year}"
    return "-".join(part for part in parts if part)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _covered(surname_only: str, full_names: Sequence[str]) -> bool:
    words = name_words(surname_only)
    return any(words and name_words(full)[-1:] == words[-1:] for full in full_names)


# -- moving reports between cases -----------------------------------------------------------

_VERSION_FIELDS = ("fact_version", "fact_versions")


def copy_reports(events: Sequence[Any], target: Case, article_ids: set[str] | None) -> None:
    """Re-record on `target` the standing events of a case (only those of `article_ids`, if
    given): attachments, fact reports, the corrections of those reports (their version
    references mapped to the copies' versions) and, for a whole case, its person splits."""
    kinds: tuple[type, ...] = (Case.ArticleAttached, Case.FactReported, Case.Correction)
    if article_ids is None:
        kinds = (*kinds, Case.PersonSplit)
    versions: dict[int, int] = {}
    for event in standing_events(events):
        refs = _version_refs(event)
        if not isinstance(event, kinds) or not set(refs) <= set(versions):
            continue  # not a report, or corrects a report that is not moving
        if not refs and article_ids is not None and event.article_id not in article_ids:
            continue
        attrs = _attributes(event)
        for name in _VERSION_FIELDS:
            if name in attrs:
                value = attrs[name]
                attrs[name] = (
                    [versions[v] for v in value] if isinstance(value, list) else versions[value]
                )
        target.trigger_event(type(event), **attrs)
        versions[event.originator_version] = target.version


def _version_refs(event: Any) -> list[int]:
    refs = getattr(event, "fact_versions", None) or []
    single = getattr(event, "fact_version", None)
    return [*refs, single] if single is not None else list(refs)


def _attributes(event: Any) -> dict[str, Any]:
    skip = {"originator_id", "originator_version", "timestamp"}
    return {k: v for k, v in vars(event).items() if k not in skip}


def attached_article_ids(events: Sequence[Any]) -> list[str]:
    """The articles a case holds now, in recorded order."""
    held: list[str] = []
    for event in events:
        if isinstance(event, Case.ArticleAttached) and event.article_id not in held:
            held.append(event.article_id)
        elif isinstance(event, Case.ArticleMovedOut) and event.article_id in held:
            held.remove(event.article_id)
        elif isinstance(event, Case.MergedInto):
            held.clear()
    return held


def merge_into(
    survivor: Case, absorbed: Case, absorbed_events: Sequence[Any], *, by: str, reason: str
) -> None:
    """Make `absorbed` part of `survivor` (both aggregates get their event)."""
    survivor.trigger_event(Case.CasesMerged, absorbed=absorbed.case_id, by=by, reason=reason)
    copy_reports(absorbed_events, survivor, None)
    absorbed.trigger_event(Case.MergedInto, survivor=survivor.case_id, by=by, reason=reason)


def move_article(
    article_id: str,
    source: Case,
    source_events: Sequence[Any],
    target: Case,
    *,
    by: str,
    reason: str,
) -> None:
    target.trigger_event(
        Case.ArticleMovedIn, article_id=article_id, from_case=source.case_id, by=by, reason=reason
    )
    copy_reports(source_events, target, {article_id})
    source.trigger_event(
        Case.ArticleMovedOut, article_id=article_id, to_case=target.case_id, by=by, reason=reason
    )


class RegroupError(ValueError):
    """A merge or move that cannot be made; nothing was recorded."""


def merge_cases(tracker: CaseTracker, keep: str, other: str, reason: str) -> tuple[str, str]:
    """A person's merge: case `other` becomes part of case `keep`. Returns both current ids."""
    keep_id, other_id = tracker.current_id(keep), tracker.current_id(other)
    survivor, absorbed = tracker.get_case(keep_id), tracker.get_case(other_id)
    if keep_id == other_id:
        raise RegroupError(f"{keep} and {other} are already one case ({keep_id})")
    merge_into(survivor, absorbed, tracker.case_events(other_id), by=USER, reason=reason)
    with tracker.recorder.transaction(commit=True) as session:  # type: ignore[attr-defined]
        tracker.save(survivor, absorbed, session=session)
        read_model.merge_cases(session, other_id, keep_id)
    refresh_checkpoints(tracker, [keep_id])
    return keep_id, other_id


def move_article_to(tracker: CaseTracker, article_id: str, to_case: str, reason: str) -> str:
    """A person's move of one article (all its reports) to another case, new or existing.
    Returns the case it left. The two cases are kept apart from then on."""
    with tracker.engine.connect() as connection:
        holding = read_model.cases_of_article(connection, article_id)
    if not holding:
        raise RegroupError(f"no article {article_id!r} in any case (see `casefile cases`)")
    if not _CASE_ID.fullmatch(to_case):
        raise RegroupError(f"{to_case!r} is not a case id (lower-case letters, digits and dashes)")
    from_id, to_id = holding[0], tracker.current_id(to_case)
    if from_id == to_id:
        raise RegroupError(f"article {article_id} is already in case {to_id}")
    source = tracker.get_case(from_id)
    target = tracker.get_case(to_id) if tracker.has_case(to_id) else Case.open(to_id)
    events = tracker.case_events(from_id)
    move_article(article_id, source, events, target, by=USER, reason=reason)
    with tracker.recorder.transaction(commit=True) as session:  # type: ignore[attr-defined]
        tracker.save(source, target, session=session)
        read_model.move_article(session, article_id, to_id)
        read_model.keep_apart(session, from_id, to_id)
    refresh_checkpoints(tracker, [from_id, to_id])
    return from_id


_CASE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,199}")


def open_assigned(
    tracker: CaseTracker, chosen: Assignment, cases: CaseSource | None = None
) -> tuple[Case, list[Case]]:
    """The case the article goes to, with the bridged cases merged into it (all unsaved).
    `cases` gives the stored cases (default: the tracker's repository)."""
    source: CaseSource = cases or tracker
    exists = source.has_case(chosen.case_id)
    case = source.get_case(chosen.case_id) if exists else Case.open(chosen.case_id)
    absorbed = [source.get_case(case_id) for case_id in chosen.absorbed]
    for other in absorbed:
        events = tracker.case_events(other.case_id)
        merge_into(case, other, events, by=GROUPING, reason=chosen.reason)
    return case, absorbed


class CaseSource(Protocol):
    def has_case(self, case_id: str) -> bool: ...

    def get_case(self, case_id: str) -> Case: ...


def record_assignment(session: Session, chosen: Assignment, *, new_article: bool = False) -> None:
    """The read-model rows of an assignment: the merges it made and the article's profile
    (`new_article`: the store holds no profile of it yet)."""
    for absorbed in chosen.absorbed:
        read_model.merge_cases(session, absorbed, chosen.case_id)
    profile = chosen.profile
    grouping_profiles.record_profile(
        session,
        chosen.case_id,
        profile.article_id,
        json.dumps(profile.as_dict(), sort_keys=True),
        profile.index_keys,
        replace=not new_article,
    )
