"""The `Case` aggregate: one criminal case, the articles attached to it, and every fact they report.

Each fact a report states is one event, carrying its source (article, outlet, url, reported
time) and the evidence quote. Nothing is updated in place: the state of the case at any
reported time is a fold over these events (see `state.py`).

Topics are pinned (`TOPIC`) so renaming or moving a class never orphans stored events.

Stored events are never rewritten, so an event class may only change compatibly. To add a
field, either give it a default (`details: str | None = None`), or raise the class's
`class_version` (to 2, say) and add `@staticmethod def upcast_v1_v2(state: dict) -> None`
that fills the field in old events' state as they are read. Never rename or remove a
field. `tests/reliability/test_schema_evolution.py` loads a store written by version 1 of
this code (tests/fixtures/store_v1.db) and fails for a field old events cannot supply.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate

from casefile.domain import events
from casefile.domain.events import case_uuid
from casefile.domain.facts import FACT_FIELDS, Fact


class Case(Aggregate):
    TOPIC = "casefile:Case"

    class Created(Aggregate.Created):
        """The case was opened under a readable id."""

        TOPIC = "casefile:Case.Created"
        case_id: str

    # Each event declares its fields again beside its plain class in `events.py`: the event
    # library makes an event a dataclass of its own annotations, and the plain classes hold
    # theirs for type checkers only (so that reading a case never loads the library).
    class ArticleAttached(Aggregate.Event, events.ArticleAttached):
        """An article (one revision of it) now belongs to this case."""

        TOPIC = "casefile:Case.ArticleAttached"
        article_id: str
        revision: str
        url: str | None
        outlet: str | None
        title: str | None
        path: str | None
        reported_at: datetime
        reported_raw: str
        reported_estimated: bool

        def apply(self, case: Case) -> None:
            case.revisions.add(self.revision)
            case.article_ids.add(self.article_id)

    class FactReported(Aggregate.Event, events.FactReported):
        """Base of every fact event: where the fact comes from and the quote that supports it."""

        TOPIC = "casefile:Case.FactReported"
        article_id: str
        revision: str
        outlet: str | None
        url: str | None
        reported_at: datetime
        evidence: dict[str, Any]

        def apply(self, case: Case) -> None:
            case.fact_count += 1

        # Its kind, fields and fact: as every reader knows them (`events.FactReported`).

    class SuspectIdentified(FactReported, events.SuspectIdentified):
        TOPIC = "casefile:Case.SuspectIdentified"
        name: str | None
        age: int | None
        residence: str | None

    class ArrestMade(FactReported, events.ArrestMade):
        TOPIC = "casefile:Case.ArrestMade"
        person: str | None
        date: str | None
        prior: bool

    class ChargeFiled(FactReported, events.ChargeFiled):
        TOPIC = "casefile:Case.ChargeFiled"
        person: str | None
        charge: str
        status: str

    class BondSet(FactReported, events.BondSet):
        TOPIC = "casefile:Case.BondSet"
        person: str | None
        amount: int | None
        status: str

    class LinkedToHomicide(FactReported, events.LinkedToHomicide):
        TOPIC = "casefile:Case.LinkedToHomicide"
        person: str | None
        relation: str
        victim: str | None
        details: str | None = None

    class VictimReported(FactReported, events.VictimReported):
        TOPIC = "casefile:Case.VictimReported"
        name: str | None
        description: str | None
        age: int | None
        outcome: str | None

    class CourtEventReported(FactReported, events.CourtEventReported):
        TOPIC = "casefile:Case.CourtEventReported"
        person: str | None
        kind: str
        date: str | None

    class SentenceImposed(FactReported, events.SentenceImposed):
        TOPIC = "casefile:Case.SentenceImposed"
        person: str | None
        kind: str
        years: float | None

    class CriminalHistoryReported(FactReported, events.CriminalHistoryReported):
        TOPIC = "casefile:Case.CriminalHistoryReported"
        person: str | None
        prior_arrests: int | None
        offenses: str | None

    class IncidentReported(FactReported, events.IncidentReported):
        TOPIC = "casefile:Case.IncidentReported"
        description: str | None
        date: str | None
        location: str | None

    class Correction(Aggregate.Event, events.Correction):
        """Base of the events that stop a stored fact report counting, or change what it says.

        A correction names the fact event it targets by that event's version, says who made it
        (`by`) and why; when it was made is the event's recorded `timestamp`. The targeted
        event itself is never touched.
        """

        TOPIC = "casefile:Case.Correction"
        by: str
        reason: str

        def apply(self, case: Case) -> None:
            case.correction_count += 1

    class FactRetracted(Correction, events.FactRetracted):
        """A person retracted a stored fact report (wrongly extracted, or wrong)."""

        TOPIC = "casefile:Case.FactRetracted"
        fact_version: int

    class FactAmended(Correction, events.FactAmended):
        """A person amended fields of a stored fact report; unnamed fields keep their values."""

        TOPIC = "casefile:Case.FactAmended"
        fact_version: int
        fields: dict[str, Any]

    class FactsWithdrawn(Correction, events.FactsWithdrawn):
        """A revision of an article no longer supports fact reports an earlier revision made."""

        TOPIC = "casefile:Case.FactsWithdrawn"
        fact_versions: list[int]
        article_id: str
        revision: str
        reported_at: datetime

    # -- grouping corrections: which articles and people belong together --------------------

    class Regrouped(Aggregate.Event, events.Regrouped):
        """Base of the events that change which articles a case holds; who did it and why."""

        TOPIC = "casefile:Case.Regrouped"
        by: str
        reason: str

    class ArticleMovedOut(Regrouped, events.ArticleMovedOut):
        """The article's reports no longer count in this case: they now belong to `to_case`."""

        TOPIC = "casefile:Case.ArticleMovedOut"
        article_id: str
        to_case: str

        def apply(self, case: Case) -> None:
            case.article_ids.discard(self.article_id)

    class ArticleMovedIn(Regrouped, events.ArticleMovedIn):
        """The article's reports, copied after this event from `from_case`, now count here."""

        TOPIC = "casefile:Case.ArticleMovedIn"
        article_id: str
        from_case: str

    class CasesMerged(Regrouped, events.CasesMerged):
        """Case `absorbed` is one case with this one: its reports are copied after this event."""

        TOPIC = "casefile:Case.CasesMerged"
        absorbed: str

    class MergedInto(Regrouped, events.MergedInto):
        """This case is now part of `survivor`; its id stays a name for the survivor."""

        TOPIC = "casefile:Case.MergedInto"
        survivor: str

        def apply(self, case: Case) -> None:
            case.merged_into = self.survivor
            case.article_ids.clear()

    class PersonSplit(Regrouped, events.PersonSplit):
        """The name variant `name` is a person of its own, not the person it was joined with;
        with `undone`, a split undone (`casefile join-person`): the variant is again the
        person it was split from."""

        TOPIC = "casefile:Case.PersonSplit"
        name: str
        undone: bool = False  # added after v1: v1 splits load as splits

    @staticmethod
    def create_id(case_id: str) -> UUID:
        return case_uuid(case_id)

    @classmethod
    def open(cls, case_id: str) -> Case:
        return cls(case_id=case_id)

    def __init__(self, case_id: str) -> None:
        self.case_id = case_id
        self.article_ids: set[str] = set()
        self.revisions: set[str] = set()
        self.fact_count = 0
        self.correction_count = 0
        self.merged_into: str | None = None

    def has_revision(self, revision: str) -> bool:
        return revision in self.revisions

    def attach(self, article: AttachedArticle) -> None:
        # Its fields as they are (all plain values): `asdict` would deep-copy each one.
        self.trigger_event(
            self.ArticleAttached, **{f.name: getattr(article, f.name) for f in fields(article)}
        )

    def report(self, fact: Fact, source: AttachedArticle) -> None:
        self.trigger_event(
            FACT_EVENTS[fact.kind],
            article_id=source.article_id,
            revision=source.revision,
            outlet=source.outlet,
            url=source.url,
            reported_at=source.reported_at,
            evidence=fact.evidence.as_dict(),
            **fact.fields,
        )

    def retract(self, fact_version: int, *, by: str, reason: str) -> None:
        self.trigger_event(self.FactRetracted, fact_version=fact_version, by=by, reason=reason)

    def amend(self, fact_version: int, fields: dict[str, Any], *, by: str, reason: str) -> None:
        self.trigger_event(
            self.FactAmended, fact_version=fact_version, fields=fields, by=by, reason=reason
        )

    def withdraw(self, fact_versions: list[int], revision: AttachedArticle, *, reason: str) -> None:
        """The revision `revision` no longer supports these fact reports of its article."""
        self.trigger_event(
            self.FactsWithdrawn,
            fact_versions=fact_versions,
            article_id=revision.article_id,
            revision=revision.revision,
            reported_at=revision.reported_at,
            by=revision.outlet or revision.article_id,
            reason=reason,
        )


def standing_events(events: Sequence[Any]) -> list[Any]:
    """A case's events that still count: an article moved out takes its reports along (a
    later move back in re-records them); a case merged away keeps none."""
    kept: list[Any] = []
    for event in events:
        if isinstance(event, Case.ArticleMovedOut):
            kept = [e for e in kept if getattr(e, "article_id", None) != event.article_id]
        elif isinstance(event, Case.MergedInto):
            kept = [e for e in kept if not isinstance(e, Case.ArticleAttached | Case.FactReported)]
        else:
            kept.append(event)
    return kept


@dataclass(frozen=True)
class AttachedArticle:
    """What a case records about an article revision it holds."""

    article_id: str
    revision: str
    url: str | None
    outlet: str | None
    title: str | None
    path: str | None
    reported_at: datetime
    reported_raw: str
    reported_estimated: bool


FACT_EVENTS: dict[str, type[Case.FactReported]] = {
    kind: getattr(Case, kind) for kind in FACT_FIELDS
}
