"""What a new revision of an article reports and withdraws, whatever order revisions arrive in.

An article's revisions are read in the order they were published (each one's reported time),
not the order they were ingested. At any reported time T the article counts for exactly the facts
its latest revision published at or before T states, each reported from the earliest revision
of the run that kept stating it. So:

* the new revision reports, at its own time, the facts the article did not count for just
  before it, and withdraws, at its own time, the reports that counted then and it no longer
  states (a person's retraction stands: a retracted fact is not reported again);
* every revision published after it (one ingested earlier) keeps counting for exactly what it
  counted for before: the new revision's facts it does not state are withdrawn at its time; a
  fact it states that the new revision now reports earlier has its later report withdrawn (the
  earlier one counts, as if the revisions had come in order); a fact the new revision dropped
  and it states again is reported again from it.

With revisions ingested in publication order this is the plain rule: report what no earlier
revision stated, withdraw what the new one dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from casefile.domain.article import Article
from casefile.domain.audit import same_fact
from casefile.domain.case import AttachedArticle, Case
from casefile.domain.corrections import ALREADY_REPORTED
from casefile.domain.facts import Evidence, Fact


class _ArticleReports:
    """One article's reports on one case and their withdrawals, as they grow."""

    def __init__(self, events: Sequence[Any], article_id: str) -> None:
        self.reports = [
            e for e in events if isinstance(e, Case.FactReported) and e.article_id == article_id
        ]
        self.withdrawn: dict[int, datetime] = {}
        self.retracted: set[int] = set()
        for event in sorted(
            (e for e in events if isinstance(e, Case.Correction)),
            key=lambda e: e.originator_version,
        ):
            if isinstance(event, Case.FactRetracted):
                self.retracted.add(event.fact_version)
            elif isinstance(event, Case.FactsWithdrawn):
                for version in event.fact_versions:
                    self.withdrawn.setdefault(version, event.reported_at)

    def counting(self, at: datetime) -> list[Case.FactReported]:
        """The reports counting at reported time `at`, earliest reported first."""
        kept = [
            e
            for e in self.reports
            if e.reported_at <= at
            and e.originator_version not in self.retracted
            and not (
                e.originator_version in self.withdrawn
                and self.withdrawn[e.originator_version] <= at
            )
        ]
        return sorted(kept, key=lambda e: (e.reported_at, e.originator_version))

    def retracted_facts(self) -> set[tuple[Any, ...]]:
        return {same_fact(e.fact()) for e in self.reports if e.originator_version in self.retracted}


def revise_article_reports(
    case: Case,
    events: Sequence[Any],
    article: Article,
    revision: AttachedArticle,
    facts: Sequence[Fact],
) -> tuple[int, int]:
    """Report and withdraw, on `case`, what the new `revision` (with `facts`) changes of its
    article's reports (`events`: the article's reports on the case and the case's corrections).
    Returns how many facts it reported and how many reports it withdrew, at its own time."""
    reports = _ArticleReports(events, revision.article_id)
    at = revision.reported_at
    later = sorted(
        (
            r
            for r in article.revisions.values()
            if r.reported_at > at and r.revision != revision.revision
        ),
        key=lambda r: r.reported_at,
    )
    # What each later revision counts for now: it must count for the same after this one.
    wanted = {r.revision: _by_fact(reports.counting(r.reported_at)) for r in later}

    before = reports.counting(at)
    known = {same_fact(e.fact()) for e in before} | reports.retracted_facts()
    stated = {same_fact(f) for f in facts}
    dropped = [e.originator_version for e in before if same_fact(e.fact()) not in stated]
    if dropped:
        _withdraw(
            case,
            reports,
            dropped,
            revision,
            f"revision {revision.revision[:12]} of the article no longer reports it",
        )
    reported = 0
    for fact in facts:
        if same_fact(fact) not in known:
            known.add(same_fact(fact))
            _report(case, reports, fact, revision)
            reported += 1

    for later_revision in later:
        attached = _attached(article, later_revision)
        want = wanted[later_revision.revision]
        counting = reports.counting(later_revision.reported_at)
        first: dict[tuple[Any, ...], Case.FactReported] = {}
        repeats, gone = [], []
        for event in counting:
            key = same_fact(event.fact())
            if key not in want:
                gone.append(event.originator_version)
            elif key in first:
                repeats.append(event.originator_version)
            else:
                first[key] = event
        if gone:
            _withdraw(
                case,
                reports,
                gone,
                attached,
                f"revision {attached.revision[:12]} of the article no longer reports it",
            )
        if repeats:
            _withdraw(case, reports, repeats, attached, ALREADY_REPORTED)
        for key, event in want.items():
            if key not in first:
                moved = _in_text(event.fact(), later_revision.text)
                if moved is not None:
                    _report(case, reports, moved, attached)
    return reported, len(dropped)


def _by_fact(events: Sequence[Case.FactReported]) -> dict[tuple[Any, ...], Case.FactReported]:
    found: dict[tuple[Any, ...], Case.FactReported] = {}
    for event in events:
        found.setdefault(same_fact(event.fact()), event)
    return found


def _report(case: Case, reports: _ArticleReports, fact: Fact, revision: AttachedArticle) -> None:
    case.report(fact, revision)
    reports.reports.append(case.pending_events[-1])


def _withdraw(
    case: Case,
    reports: _ArticleReports,
    versions: list[int],
    revision: AttachedArticle,
    reason: str,
) -> None:
    case.withdraw(versions, revision, reason=reason)
    for version in versions:
        reports.withdrawn.setdefault(version, revision.reported_at)


def _attached(article: Article, revised: Article.Revised) -> AttachedArticle:
    return AttachedArticle(
        article_id=article.article_id,
        revision=revised.revision,
        url=article.url,
        outlet=revised.outlet,
        title=revised.title,
        path=revised.path,
        reported_at=revised.reported_at,
        reported_raw=revised.published_raw,
        reported_estimated=revised.reported_estimated,
    )


def _in_text(fact: Fact, text: str) -> Fact | None:
    """The fact with its evidence found in another revision's text (None if it is not there)."""
    quote = fact.evidence.quote
    start = text.find(quote)
    if start < 0:
        return None
    return replace(fact, evidence=Evidence(quote, start, start + len(quote)))
