"""Auditing a case file: corrections by a person, article revisions, disagreements, exports.

Corrections are new events on the case (`FactRetracted`, `FactAmended`); the report they
target is never touched, so "what did the case file say before the correction" stays
answerable (`recorded_by`). A revision of an article withdraws, with a `FactsWithdrawn`
event, the reports its earlier revisions made that it no longer makes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from eventsourcing.persistence import RecordConflictError

from casefile.adapters import read_model
from casefile.application.checkpoints import refresh_checkpoints
from casefile.application.disputes import people_conflicts
from casefile.application.revision_order import revise_article_reports
from casefile.application.tracker import CaseTracker
from casefile.domain.article import Article
from casefile.domain.audit import (
    DISAGREEMENT,
    NameVariants,
    SentenceChange,
    SlotConflict,
    name_variants,
    sentence_changes,
    slot_conflicts,
)
from casefile.domain.case import AttachedArticle, Case
from casefile.domain.facts import (
    BOND_STATUSES,
    CHARGE_STATUSES,
    COURT_KINDS,
    FACT_FIELDS,
    HOMICIDE_RELATIONS,
    SENTENCE_KINDS,
    VICTIM_OUTCOMES,
    Fact,
    sentence_years,
)
from casefile.domain.reading import fold
from casefile.domain.state import CaseState

_ATTEMPTS = 5


class AuditError(ValueError):
    """A correction that cannot be made as asked; nothing was stored."""


# -- corrections by a person --------------------------------------------------------------------


def retract_fact(
    tracker: CaseTracker, case_id: str, fact_version: int, *, by: str, reason: str
) -> Case.FactRetracted:
    """Retract the fact report stored as event `fact_version` of the case."""
    _require_text(by=by, reason=reason)

    def command(case: Case, target: Case.FactReported) -> None:
        case.retract(fact_version, by=by.strip(), reason=reason.strip())

    return _correct(tracker, case_id, fact_version, command)  # type: ignore[return-value]


def amend_fact(
    tracker: CaseTracker,
    case_id: str,
    fact_version: int,
    changes: Mapping[str, str],
    *,
    by: str,
    reason: str,
) -> Case.FactAmended:
    """Amend fields of the fact report stored as event `fact_version` (values as typed)."""
    _require_text(by=by, reason=reason)
    if not changes:
        raise AuditError("nothing to amend: give at least one --set FIELD=VALUE")

    def command(case: Case, target: Case.FactReported) -> None:
        fields = {name: _field_value(target.fact_kind, name, raw) for name, raw in changes.items()}
        current = _current_fields(tracker, case_id, fact_version)
        if all(current.get(name) == value for name, value in fields.items()):
            raise AuditError(f"fact v{fact_version} already says that; nothing amended")
        case.amend(fact_version, fields, by=by.strip(), reason=reason.strip())

    return _correct(tracker, case_id, fact_version, command)  # type: ignore[return-value]


def _correct(
    tracker: CaseTracker,
    case_id: str,
    fact_version: int,
    command: Callable[[Case, Case.FactReported], None],
) -> Case.Correction:
    """Run a correction command on the case and store it; retried if another writer got there first."""
    for attempt in range(_ATTEMPTS):
        case = tracker.get_case(case_id)
        command(case, _target(tracker, case_id, fact_version))
        try:
            [recording] = tracker.save(case)
        except RecordConflictError:
            if attempt == _ATTEMPTS - 1:
                raise
            continue
        assert isinstance(recording.domain_event, Case.Correction)
        refresh_checkpoints(tracker, [case_id])
        return recording.domain_event
    raise AssertionError("unreachable")


def _target(tracker: CaseTracker, case_id: str, fact_version: int) -> Case.FactReported:
    events = tracker.known_events(case_id)
    target = next(
        (
            e
            for e in events
            if isinstance(e, Case.FactReported) and e.originator_version == fact_version
        ),
        None,
    )
    if target is None:
        raise AuditError(
            f"case {case_id!r} has no fact report v{fact_version} (see `casefile history {case_id}`)"
        )
    removed = {r.source.version: r.correction for r in fold(case_id, events).removed}
    if fact_version in removed:
        correction = removed[fact_version]
        raise AuditError(
            f"fact v{fact_version} is already {correction.action} (by {correction.by}, "
            f"{correction.recorded_at:%Y-%m-%d %H:%M} UTC: {correction.reason})"
        )
    return target


def _current_fields(tracker: CaseTracker, case_id: str, fact_version: int) -> dict[str, Any]:
    for fact in tracker.state(case_id).all_facts():
        if fact_version in fact.stated:
            return fact.stated[fact_version]
    return {}


def _require_text(**values: str) -> None:
    for name, value in values.items():
        if not value or not value.strip():
            raise AuditError(f"a correction needs --{name} (who made it, and why)")


_INT_FIELDS = {"age", "amount", "prior_arrests"}
_NUMBER_FIELDS = {"years"}
_BOOL_FIELDS = {"prior"}
_DATE_FIELDS = {"date"}
_CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("ChargeFiled", "status"): CHARGE_STATUSES,
    ("BondSet", "status"): BOND_STATUSES,
    ("LinkedToHomicide", "relation"): HOMICIDE_RELATIONS,
    ("VictimReported", "outcome"): VICTIM_OUTCOMES,
    ("CourtEventReported", "kind"): COURT_KINDS,
    ("SentenceImposed", "kind"): SENTENCE_KINDS,
}


def _field_value(kind: str, name: str, raw: str) -> Any:
    """A typed field value from what a person typed; `none` (or nothing) clears a field."""
    if name not in FACT_FIELDS[kind]:
        raise AuditError(
            f"{kind} has no field {name!r} (its fields: {', '.join(FACT_FIELDS[kind])})"
        )
    text = raw.strip()
    if text.lower() in {"", "none", "null"}:
        return None
    if name in _INT_FIELDS:
        digits = text.replace(",", "").lstrip("$")
        if not digits.isdigit():
            raise AuditError(f"{name} must be a whole number, not {raw!r}")
        return int(digits)
    if name in _NUMBER_FIELDS:
        try:
            number = float(text)
        except ValueError:
            raise AuditError(f"{name} must be a number, not {raw!r}") from None
        if not 0 <= number < 1000:  # also refuses nan and infinity
            raise AuditError(f"{name} must be a number of years, not {raw!r}")
        return sentence_years(number)
    if name in _BOOL_FIELDS:
        if text.lower() not in {"true", "false", "yes", "no"}:
            raise AuditError(f"{name} must be true or false, not {raw!r}")
        return text.lower() in {"true", "yes"}
    if name in _DATE_FIELDS:
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise AuditError(f"{name} must be a date like 2021-10-26, not {raw!r}") from None
    choices = _CHOICES.get((kind, name))
    if choices and text.lower() not in choices:
        raise AuditError(f"{name} must be one of: {', '.join(choices)} (not {raw!r})")
    return text.lower() if choices else text


# -- article revisions ---------------------------------------------------------------------------


def revise_reports(
    tracker: CaseTracker,
    case: Case,
    article: Article,
    revision: AttachedArticle,
    facts: Sequence[Fact],
) -> tuple[int, int]:
    """On a new revision of an article: report on `case` what it adds and withdraw what it
    dropped, compared with the revisions published before and after it (`revision_order`);
    how many facts it reported and reports it withdrew."""
    events = tracker.article_reports(case, revision.article_id)
    return revise_article_reports(case, events, article, revision, facts)


@dataclass(frozen=True)
class RevisionView:
    """One revision of an article: when, what text changed, and what it did to the case file."""

    revision: Article.Revised
    number: int
    sentences: list[SentenceChange]
    facts_added: list[Case.FactReported]
    facts_withdrawn: list[Case.FactReported]

    def as_dict(self) -> dict[str, Any]:
        return {
            "revision": self.revision.revision,
            "number": self.number,
            "published": self.revision.published_raw,
            "reported_at": self.revision.reported_at.isoformat(),
            "recorded_at": self.revision.timestamp.isoformat(),
            "sentences": [s.as_dict() for s in self.sentences],
            "facts_added": [_report_dict(e) for e in self.facts_added],
            "facts_withdrawn": [_report_dict(e) for e in self.facts_withdrawn],
        }


def _report_dict(event: Case.FactReported) -> dict[str, Any]:
    return {"version": event.originator_version, **event.fact().as_dict()}


def article_revisions(tracker: CaseTracker, article_id: str) -> list[RevisionView]:
    """Every stored revision of an article in recorded order, each compared with the one before."""
    article = tracker.get_article(article_id)
    with tracker.engine.connect() as connection:
        case_ids = read_model.cases_of_article(connection, article_id)
    events = [
        e
        for case_id in case_ids
        for e in tracker.known_events(case_id)
        if getattr(e, "article_id", None) == article_id
    ]
    reports = {e.originator_version: e for e in events if isinstance(e, Case.FactReported)}
    views: list[RevisionView] = []
    previous = ""
    for number, revised in enumerate(article.revisions.values(), start=1):
        withdrawn = [
            reports[v]
            for e in events
            if isinstance(e, Case.FactsWithdrawn) and e.revision == revised.revision
            for v in e.fact_versions
            if v in reports
        ]
        added = [e for e in reports.values() if e.revision == revised.revision]
        views.append(
            RevisionView(
                revised, number, sentence_changes(previous, revised.text), added, withdrawn
            )
        )
        previous = revised.text
    return views


# -- disagreements --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseConflicts:
    case_id: str
    slots: list[SlotConflict]
    names: list[NameVariants]

    @property
    def disagreements(self) -> list[SlotConflict]:
        return [s for s in self.slots if s.verdict == DISAGREEMENT]

    @property
    def refinements(self) -> list[SlotConflict]:
        return [s for s in self.slots if s.verdict != DISAGREEMENT]

    def as_dict(self) -> dict[str, Any]:
        return {
            "case": self.case_id,
            "disagreements": [s.as_dict() for s in self.disagreements],
            "refinements": [s.as_dict() for s in self.refinements],
            "name_variants": [n.as_dict() for n in self.names],
        }


def case_conflicts(
    tracker: CaseTracker,
    case_id: str,
    as_of: datetime | None = None,
    recorded_by: datetime | None = None,
) -> CaseConflicts:
    """Where the case's sources give different values, and how they name its people."""
    state = tracker.state(case_id, as_of, recorded_by)
    return _conflicts(case_id, state)


def _conflicts(case_id: str, state: CaseState) -> CaseConflicts:
    """The fold's conflicts, and those of a person it keeps as several facts (a victim
    spelled two ways: `disputes.people_conflicts`)."""
    names, slots = people_conflicts(state, name_variants(state), slot_conflicts(state))
    return CaseConflicts(case_id, slots, names)


# -- exports ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseExport:
    """Everything an export of a case holds: its state, every stored report, its audits."""

    state: CaseState
    articles: list[Case.ArticleAttached]
    reports: list[Case.FactReported]
    corrections: list[Case.Correction]
    conflicts: CaseConflicts

    def standing_of(self, version: int) -> str:
        """`counted`, or the action that took the report out (`retracted`, `withdrawn`)."""
        for removed in self.state.removed:
            if removed.source.version == version:
                return removed.correction.action
        return "counted"


def case_export(
    tracker: CaseTracker,
    case_id: str,
    as_of: datetime | None = None,
    recorded_by: datetime | None = None,
) -> CaseExport:
    events = tracker.known_events(case_id, reported_by=as_of, recorded_by=recorded_by)
    state = fold(case_id, events, as_of)
    articles = tracker.attached_articles(case_id, as_of, recorded_by)
    return CaseExport(
        state=state,
        articles=articles,
        reports=[e for e in events if isinstance(e, Case.FactReported)],
        corrections=[e for e in events if isinstance(e, Case.Correction)],
        conflicts=_conflicts(case_id, state),
    )
