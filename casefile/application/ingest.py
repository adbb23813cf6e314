"""Ingesting an article: store it, extract its facts, and record them on its case, atomically.

Everything one article adds (the article revision, the case's events, the read-model rows)
is written in one transaction: a failure leaves nothing behind. The same text ingested again
adds nothing and says so; the same URL with new text is stored as a revision.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventsourcing.persistence import RecordConflictError

from casefile.adapters import read_model
from casefile.adapters.article_files import SourceArticle
from casefile.adapters.store import hold_write_lock
from casefile.application import assignment
from casefile.application.assignment import Assignment, suspect_names
from casefile.application.audit import revise_reports
from casefile.application.errors import IngestError
from casefile.application.grouping import build_profile
from casefile.application.tracker import CaseTracker
from casefile.domain.article import Article, article_id_for, article_key, content_hash
from casefile.domain.case import AttachedArticle
from casefile.domain.facts import Fact
from casefile.extraction import extract_facts

ADDED, REVISED, ALREADY = "added", "revised", "already ingested"
_ATTEMPTS = 5


@dataclass
class IngestOutcome:
    path: str
    article_id: str
    status: str
    case_id: str | None = None
    reason: str = ""
    facts: list[Fact] = field(default_factory=list)


def ingest_article(
    tracker: CaseTracker, source: SourceArticle, case_id: str | None = None
) -> IngestOutcome:
    """Store one article and its facts; retried when another writer got there first."""
    if source.published is None:
        raise IngestError(
            f"{source.path}: no publication date (give `published:` in front matter, e.g. 2021-10-26)"
        )
    for attempt in range(_ATTEMPTS):
        try:
            return _ingest_once(tracker, source, case_id)
        except RecordConflictError:
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _ingest_once(
    tracker: CaseTracker, source: SourceArticle, forced_case: str | None
) -> IngestOutcome:
    assert source.published is not None
    article_id = article_id_for(article_key(source.url, source.text))
    revision = content_hash(source.text)
    article = tracker.find_article(article_id)
    if article is not None and article.has_revision(revision):
        with tracker.engine.connect() as connection:
            cases = read_model.cases_of_article(connection, article_id)
        return IngestOutcome(source.path, article_id, ALREADY, ", ".join(cases) or None)
    status = ADDED if article is None else REVISED
    if article is None:
        article = Article(article_id=article_id, url=source.url)
    article.revise(
        text=source.text,
        outlet=source.outlet,
        title=source.title,
        path=source.path,
        published_raw=source.published.raw,
        reported_at=source.published.at,
        reported_estimated=source.published.estimated,
    )
    facts = extract_facts(source.text, source.published.local_date)
    attached = AttachedArticle(
        article_id=article_id,
        revision=revision,
        url=source.url,
        outlet=source.outlet,
        title=source.title,
        path=source.path,
        reported_at=source.published.at,
        reported_raw=source.published.raw,
        reported_estimated=source.published.estimated,
    )
    with tracker.recorder.transaction(commit=True) as session:  # type: ignore[attr-defined]
        # The case depends on what other writers stored: choose it holding the write lock, so
        # nothing is committed between the choice and this commit (no twin cases).
        hold_write_lock(session)
        chosen = _choose_case(tracker, source, facts, article_id, forced_case)
        case_id, reason = chosen.case_id, chosen.reason
        case, absorbed = assignment.open_assigned(tracker, chosen)
        case.attach(attached)
        # A revision reports only what no earlier revision stated, and withdraws what it dropped.
        reported = revise_reports(tracker, case, attached, facts) if status == REVISED else facts
        for fact in reported:
            case.report(fact, attached)
        tracker.save(article, case, *absorbed, session=session)
        read_model.record_article(
            session,
            read_model.CaseArticleRow(
                case_id=case_id,
                revision=revision,
                article_id=article_id,
                url=source.url,
                path=source.path,
                outlet=source.outlet,
                title=source.title,
                published=source.published.raw,
                reported_at=source.published.at.isoformat(),
            ),
        )
        read_model.record_people(session, case_id, suspect_names(facts))
        assignment.record_assignment(session, chosen)
    return IngestOutcome(source.path, article_id, status, case_id, reason, facts)


def _choose_case(
    tracker: CaseTracker,
    source: SourceArticle,
    facts: list[Fact],
    article_id: str,
    forced_case: str | None,
) -> Assignment:
    assert source.published is not None
    published = source.published.local_date
    profile = build_profile(article_id, source.text, published, facts)
    with tracker.engine.connect() as connection:
        if forced_case:
            case_id = read_model.survivor_of(connection, forced_case)
            return Assignment(case_id, "case given with --case", profile)
        earlier = read_model.cases_of_article(connection, article_id)
        if earlier:
            reason = "a revision of an article already in this case"
            return Assignment(earlier[0], reason, profile)
        return assignment.assign(connection, profile, published.year, tracker.has_case)
