"""What a court reporter should chase next in a case: what is due, and what never happened.

Read from a case's known state at a time (the `as_of` fold), each follow-up names the fact
and the report that set it up (its first source: article, outlet, quote):

- `next_court_date`: the earliest court event dated on or after the day asked about;
- `expected_charge`: a charge police or prosecutors said they expected to file, still only
  expected (a later report of it filed, for the same person, would have changed its status);
  likewise a person "expected to be charged" in a homicide who has no charge reported;
- `uncharged_arrest`: an arrest (not a prior one) at least `stale_days` old with no charge
  reported for that person;
- `open_charge`: a filed charge with no disposition (conviction, acquittal, dismissal, or
  sentence of that person) at least `open_days` after its first report;
- `unreported_outcome`: a court event whose date has passed, with no report in the case
  published on or after it (or a sentencing date passed with no sentence reported).

Dates are days (a fact's `date` field, else the day its first report was published, UTC).

A fact's first and last report are read from its coverage (which a state read from a
checkpoint keeps without the reports themselves); only the first reports of the facts
listed are read in full, at once, by their event versions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from casefile.domain.person_keys import PersonNames
from casefile.domain.sources import ReportBrief, SourceRef, source_of
from casefile.domain.state import CaseState, KnownFact

if TYPE_CHECKING:
    from casefile.application.tracker import CaseTracker

STALE_DAYS = 14
OPEN_DAYS = 365

KINDS = (
    "next_court_date",
    "expected_charge",
    "uncharged_arrest",
    "open_charge",
    "unreported_outcome",
)
TITLES = {
    "next_court_date": "Next court date",
    "expected_charge": "Expected charge never confirmed",
    "uncharged_arrest": "Arrest with no charge reported",
    "open_charge": "Charge with no disposition",
    "unreported_outcome": "Outcome never reported",
}
_DISPOSED = {"convicted", "acquitted", "dropped"}


@dataclass(frozen=True)
class Followup:
    """One thing to chase in a case, and the report that set it up."""

    case_id: str
    kind: str
    person: str | None
    what: str
    date: str | None  # the day it is about (court date, arrest day, first report of a charge)
    days: int | None  # days from `date` to the day asked about (negative: still to come)
    source: SourceRef

    def as_dict(self) -> dict[str, Any]:
        return {
            "case": self.case_id,
            "kind": self.kind,
            "person": self.person,
            "what": self.what,
            "date": self.date,
            "days": self.days,
            "source": self.source.as_dict(),
        }


def case_followups(
    state: CaseState,
    today: date,
    stale_days: int = STALE_DAYS,
    open_days: int = OPEN_DAYS,
    zone: tzinfo = UTC,
    sources: Callable[[set[int]], dict[int, SourceRef]] | None = None,
) -> list[Followup]:
    """The follow-ups of one case's known state, as of the day `today`; a report's day is
    its day in `zone` (the store's), as `today` is. `sources` gives the reports of event
    versions (the facts' own sources are read otherwise)."""

    def _first(fact: KnownFact) -> date:
        return _first_report(fact).reported_at.astimezone(zone).date()

    names = PersonNames(_names(state))
    charged = {
        names.key(f.fields.get("person"))
        for f in state.category("charges")
        if f.fields.get("status") != "expected"
    }
    sentenced = {names.key(f.fields.get("person")) for f in state.category("sentences")}
    found: list[tuple[KnownFact, Followup]] = []

    def add(kind: str, fact: KnownFact, what: str, day: date | None) -> None:
        person = names.display(fact.fields.get("person") or fact.fields.get("name"))
        days = (today - day).days if day else None
        shown = day.isoformat() if day else None
        brief = _first_report(fact)
        # The report itself is read below, with the others listed: here, who and when.
        unread = SourceRef(brief.article_id, brief.outlet, None, brief.reported_at, "", 0, 0, 0)
        found.append((fact, Followup(state.case_id, kind, person, what, shown, days, unread)))

    court = [(f, _day(f.fields.get("date"))) for f in state.category("court")]
    # By day only (two court events on one day keep their order; facts do not compare).
    coming = sorted(
        ((day, f) for f, day in court if day is not None and day >= today), key=lambda c: c[0]
    )
    for day, fact in coming:
        if day == coming[0][0]:
            add("next_court_date", fact, _court_what(fact), day)
    for fact in state.category("charges"):
        if fact.fields.get("status") == "expected":
            add("expected_charge", fact, f"{fact.fields.get('charge')} (expected)", _first(fact))
    for fact in state.category("homicide_links"):
        person = names.key(fact.fields.get("person"))
        if fact.fields.get("relation") == "expected to be charged" and person not in charged:
            victim = fact.fields.get("victim")
            what = f"expected to be charged in the death of {victim}" if victim else ""
            add("expected_charge", fact, what or "expected to be charged", _first(fact))
    for fact in state.category("arrests"):
        day = _day(fact.fields.get("date")) or _first(fact)
        person = names.key(fact.fields.get("person"))
        if fact.fields.get("prior") or person in charged or (today - day).days < stale_days:
            continue
        add("uncharged_arrest", fact, "arrested; no charge reported since", day)
    for fact in state.category("charges"):
        person = names.key(fact.fields.get("person"))
        if fact.fields.get("status") != "filed" or person in sentenced:
            continue
        if (today - _first(fact)).days >= open_days:
            add("open_charge", fact, f"{fact.fields.get('charge')} (no disposition)", _first(fact))
    last_report = max((_last_report(f).reported_at for f in state.all_facts()), default=None)
    last_day = last_report.astimezone(zone).date() if last_report else None
    for fact, day in court:
        if day is None or day >= today:
            continue
        person = names.key(fact.fields.get("person"))
        unsentenced = fact.fields.get("kind") == "sentencing" and person not in sentenced
        if unsentenced or last_day is None or last_day < day:
            add("unreported_outcome", fact, _court_what(fact), day)
    if sources is None:
        return [replace(followup, source=fact.sources[0]) for fact, followup in found]
    read = sources({_first_report(fact).version for fact, _ in found})
    return [replace(followup, source=read[_first_report(fact).version]) for fact, followup in found]


def _first_report(fact: KnownFact) -> ReportBrief:
    """The fact's first report (its first source)."""
    coverage = fact.coverage.unpacked() if fact.coverage is not None else None
    if coverage is not None and coverage.first is not None:
        return coverage.first
    return fact.sources[0].brief()


def _last_report(fact: KnownFact) -> ReportBrief:
    """The fact's last report (its last source, in reported order)."""
    coverage = fact.coverage.unpacked() if fact.coverage is not None else None
    if coverage is not None and coverage.last is not None:
        return coverage.last
    return fact.sources[-1].brief()


def followups(
    tracker: CaseTracker,
    case_ids: Iterable[str],
    as_of: datetime | None = None,
    stale_days: int = STALE_DAYS,
    open_days: int = OPEN_DAYS,
    zone: tzinfo = UTC,
) -> list[Followup]:
    """The follow-ups of each case, as known at `as_of` (now if None), case by case; days
    are counted in `zone`, the store's (`--as-of 2024-03-10` is that day there)."""
    when = as_of or datetime.now(UTC)
    today = when.astimezone(zone).date()
    found: list[Followup] = []
    for case_id in case_ids:
        state = tracker.state(case_id, as_of)

        def sources(versions: set[int], case: str = state.case_id) -> dict[int, SourceRef]:
            reports = tracker.reports_of_versions(case, versions)
            return {report.originator_version: source_of(report) for report in reports}

        found += case_followups(state, today, stale_days, open_days, zone, sources)
    return found


def _names(state: CaseState) -> list[str | None]:
    return [
        fact.fields.get("name") or fact.fields.get("person")
        for fact in state.all_facts()
        if fact.kind != "VictimReported"
    ]


def _court_what(fact: KnownFact) -> str:
    kind = fact.fields.get("kind") or "court event"
    return "court event" if kind == "other" else str(kind)


def _day(value: Any) -> date | None:
    """A fact's date field as a day; a month or year alone is not a day to chase."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
