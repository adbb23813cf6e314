"""Ingesting articles: store each, extract its facts, and record them on its case, atomically.

Everything one article adds (the article revision, the case's events, the read-model rows)
is stored whole or not at all: a failure leaves nothing of that article behind. The same
text ingested again adds nothing and says so; the same URL with new text is stored as a
revision.

Articles are stored in batches: one transaction (and one commit) for up to `BATCH_ARTICLES`
articles or `BATCH_SECONDS` of writing, whichever comes first. A batch's aggregates are held
in memory and saved together before its commit; if anything fails before the commit, the
batch is stored again with each article in a savepoint of its own, where a bad article rolls
back its savepoint only and the articles before it in the batch are committed
(`ingest_batches.py`). The write lock is held for one batch, so another writer waits
about `BATCH_SECONDS` at most. An outcome is reported only once its batch is committed: a
process killed mid-batch has reported nothing it did not store, and a rerun stores the rest.

Extraction and grouping profiles are computed before the batch takes the write lock; the
choice of case, which depends on what other writers stored, is made holding it.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from casefile.adapters import read_model, store_settings
from casefile.adapters.article_files import SourceArticle, no_date_message
from casefile.application import assignment
from casefile.application.aggregate_cache import AggregateCache
from casefile.application.assignment import Assignment, suspect_names
from casefile.application.audit import revise_reports
from casefile.application.checkpoints import refresh_checkpoints
from casefile.application.errors import IngestError
from casefile.application.ingest_batches import BatchWriter
from casefile.application.profiles import Profile, build_profile
from casefile.application.tracker import (
    CaseTracker,
    HeldAggregates,
    fewer_collections,
)
from casefile.domain.article import (
    Article,
    article_id_for,
    article_key,
    content_hash,
)
from casefile.domain.case import AttachedArticle
from casefile.domain.facts import Fact
from casefile.extraction import extract_facts

ADDED, REVISED, ALREADY = "added", "revised", "already ingested"
BATCH_ARTICLES = 200
BATCH_SECONDS = 0.5

Tag = TypeVar("Tag")


@dataclass
class IngestOutcome:
    path: str
    article_id: str
    status: str
    case_id: str | None = None
    reason: str = ""
    facts: list[Fact] = field(default_factory=list)
    # A revision: how many of its facts it reported anew and how many earlier reports it
    # withdrew (both 0: it states the same facts as the revision before it).
    revision_changes: tuple[int, int] | None = None


@dataclass
class WriteTimes:
    """Seconds spent writing (for the benchmark): the event store's saves, the read-model
    rows, and the commits, summed over a run."""

    save_s: float = 0.0
    read_model_s: float = 0.0
    commit_s: float = 0.0

    @property
    def total_s(self) -> float:
        return self.save_s + self.read_model_s + self.commit_s


def ingest_article(
    tracker: CaseTracker, source: SourceArticle, case_id: str | None = None
) -> IngestOutcome:
    """Store one article and its facts (a batch of one); retried when another writer got
    there first."""
    [(_, result)] = list(ingest_articles(tracker, [(None, source)], case_id, batch_articles=1))
    if isinstance(result, Exception):
        raise result
    return result


def ingest_articles(
    tracker: CaseTracker,
    items: Iterable[tuple[Tag, SourceArticle | Exception]],
    case_id: str | None = None,
    *,
    batch_articles: int = BATCH_ARTICLES,
    batch_seconds: float = BATCH_SECONDS,
    zone: str = "UTC",  # the zone the articles' times were read in (see `_Run.zone`)
    times: WriteTimes | None = None,
    new_case: bool = False,
) -> Iterator[tuple[Tag, IngestOutcome | Exception]]:
    """Store articles in batches; yields, in the order given and once stored, each tag with
    its outcome, or with the error that kept its article out (an `IngestError`, or an
    exception given in place of an article, passed through). An unexpected failure is
    raised after the outcomes of the articles stored before it.

    `new_case`: the articles never join a case stored before this run (they may group
    with each other)."""
    run = _Run(tracker, case_id, times or WriteTimes())
    run.new_case = new_case
    pending: list[_Item[Tag]] = []
    run.zone = zone
    with fewer_collections():
        for tag, source in items:
            pending.append(run.prepare(tag, source))
            if len(pending) >= max(1, batch_articles):
                yield from run.store(pending, batch_seconds)
                pending = []
        if pending:
            yield from run.store(pending, batch_seconds)
        # The cases it changed get their checkpoints: `show --as-of` on them stays fast. So do
        # those of the articles it found stored: a run killed before making them (after its
        # last commit) left them missing, and its re-run finds everything already ingested.
        refresh_checkpoints(tracker, tracker.touched_cases | run.seen_cases)


@dataclass
class _Item(Generic[Tag]):
    tag: Tag
    source: SourceArticle | None
    result: IngestOutcome | Exception | None = None
    article_id: str = ""
    revision: str = ""
    facts: list[Fact] | None = None
    profile: Profile | None = None


class _Run(BatchWriter):
    """One ingest: the cases it keeps in memory and the case ids it handed out."""

    def __init__(self, tracker: CaseTracker, forced_case: str | None, times: WriteTimes):
        self.tracker = tracker
        # The time zone the articles' times were read in: recorded as the store's at its
        # first write; a store that recorded another refuses the batch (`TimeZoneError`).
        self.zone = "UTC"
        self.forced_case = forced_case
        self.times = times
        self.cases = AggregateCache(tracker)
        self.suffixes: dict[str, int] = {}
        self.seen_cases: set[str] = set()  # cases of the articles found already ingested
        self.new_case = False  # `ingest --new-case`: join only the cases this run opened
        self.opened: set[str] = set()  # the cases this run opened

    # -- before the write lock ----------------------------------------------------------------

    def prepare(self, tag: Any, source: SourceArticle | Exception) -> _Item[Any]:
        if isinstance(source, Exception):
            return _Item(tag, None, source)
        if source.published is None:
            return _Item(tag, source, IngestError(no_date_message(source.path)))
        article_id = article_id_for(article_key(source.url, source.text))
        return _Item(tag, source, None, article_id, content_hash(source.text))

    def _extract(self, items: list[_Item[Any]]) -> None:
        """Facts and grouping profile of each article not already stored (by the read model;
        the event store decides, holding the lock)."""
        todo = [item for item in items if item.result is None and item.facts is None]
        if not todo:
            return
        with self.tracker.engine.connect() as connection:
            stored = read_model.revisions_stored(connection, [item.article_id for item in todo])
        for item in todo:
            if (item.article_id, item.revision) not in stored:
                self._facts_of(item)

    def _facts_of(self, item: _Item[Any]) -> tuple[list[Fact], Profile]:
        source = item.source
        assert source is not None and source.published is not None
        if item.facts is None or item.profile is None:
            published = source.published.local_date
            item.facts = extract_facts(source.text, published)
            item.profile = build_profile(item.article_id, source.text, published, item.facts)
        return item.facts, item.profile

    # -- holding the write lock ---------------------------------------------------------------

    def _resolve_aliases(self, items: list[_Item[Any]]) -> None:
        """Articles a store written before the URL identity rule keeps under another id
        (`store_settings`): their new revisions go to the article stored."""
        todo = [item for item in items if item.result is None and item.source is not None]
        if not todo:
            return
        with self.tracker.engine.connect() as connection:
            found = store_settings.resolve_aliases(connection, [i.article_id for i in todo])
        for item in todo:
            item.article_id = found.get(item.article_id, item.article_id)

    def store(
        self, items: list[_Item[Any]], batch_seconds: float
    ) -> Iterator[tuple[Any, IngestOutcome | Exception]]:
        self._resolve_aliases(items)
        self._extract(items)
        position = 0
        while position < len(items):
            done, failure = self._store_batch(items[position:], batch_seconds)
            for item in items[position : position + done]:
                assert item.result is not None
                yield item.tag, item.result
            position += done
            if failure is not None:
                raise failure

    def _store_one(
        self, session: Session, item: _Item[Any], held: HeldAggregates | None = None
    ) -> IngestOutcome:
        """Store one article; with `held`, its aggregates are held for the batch's save."""
        source = item.source
        assert source is not None and source.published is not None
        # This text's own time: a page's later update, else its publication (never before).
        known = source.reported
        assert known is not None
        tracker, article_id, revision = self.tracker, item.article_id, item.revision
        article = self.cases.find_article(session, article_id)
        if article is not None and article.has_revision(revision):
            cases = read_model.cases_of_article(session, article_id)
            self.seen_cases.update(cases)
            return IngestOutcome(source.path, article_id, ALREADY, ", ".join(cases) or None)
        status = ADDED if article is None else REVISED
        if article is None:
            article = Article(article_id=article_id, url=source.url)
        article.revise(
            text=source.text,
            outlet=source.outlet,
            title=source.title,
            path=source.path,
            published_raw=known.raw,
            reported_at=known.at,
            reported_estimated=known.estimated,
        )
        facts, profile = self._facts_of(item)
        attached = AttachedArticle(
            article_id=article_id,
            revision=revision,
            url=source.url,
            outlet=source.outlet,
            title=source.title,
            path=source.path,
            reported_at=known.at,
            reported_raw=known.raw,
            reported_estimated=known.estimated,
        )
        chosen = self._choose_case(
            session, source, profile, revision=status == REVISED, reported_at=known.at.isoformat()
        )
        case, absorbed = assignment.open_assigned(tracker, chosen, self.cases)
        case.attach(attached)
        # A revision reports what the revisions published before it did not state, and withdraws
        # what it dropped; those published after it keep what they stated (revision_order).
        changes = None
        if status == REVISED:
            changes = revise_reports(tracker, case, article, attached, facts)
        else:
            for fact in facts:
                case.report(fact, attached)
        started = time.perf_counter()
        if held is not None:
            held.hold(article, case, *absorbed)
        else:
            tracker.save(article, case, *absorbed, session=session)
        saved = time.perf_counter()
        self.cases.saved(case, *absorbed)
        self.cases.article_saved(article_id)
        read_model.record_article(
            session,
            read_model.CaseArticleRow(
                case_id=chosen.case_id,
                revision=revision,
                article_id=article_id,
                url=source.url,
                path=source.path,
                outlet=source.outlet,
                title=source.title,
                published=known.raw,
                reported_at=known.at.isoformat(),
            ),
        )
        read_model.record_people(session, chosen.case_id, suspect_names(facts))
        assignment.record_assignment(session, chosen, new_article=status == ADDED)
        self.times.save_s += saved - started
        self.times.read_model_s += time.perf_counter() - saved
        return IngestOutcome(
            source.path, article_id, status, chosen.case_id, chosen.reason, facts, changes
        )

    def _choose_case(
        self,
        session: Session,
        source: SourceArticle,
        profile: Profile,
        *,
        revision: bool,
        reported_at: str,
    ) -> Assignment:
        assert source.published is not None
        connection = session.connection()
        if self.forced_case:
            case_id = read_model.survivor_of(connection, self.forced_case)
            return Assignment(case_id, "case given with --case", profile)
        # Only an article already stored (this is a new revision of it) is listed in a case.
        # The session, not its connection: the batch's pending rows count in these look-ups.
        earlier = read_model.cases_of_article(session, profile.article_id) if revision else []
        if earlier:
            reason = "a revision of an article already in this case"
            return Assignment(earlier[0], reason, profile)
        year = source.published.local_date.year
        joinable = self.opened.__contains__ if self.new_case else None
        chosen = assignment.assign(
            session,
            profile,
            year,
            self.cases.has_case,
            self.suffixes,
            joinable=joinable,
            reported_at=reported_at,
        )
        # With --new-case it joins only this run's cases: what it chose is one (opened,
        # joined, or renamed from one).
        self.opened.add(chosen.case_id)
        return chosen
