"""A batch's aggregates are held in memory and saved together before its commit, on a real
SQLite file and a real PostgreSQL database: one insert for the batch's events, what the
batch's later articles read includes what its earlier ones hold unsaved, and any failure
stores the batch again article by article, as one article per batch stores it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from eventsourcing.persistence import IntegrityError

from casefile.adapters import read_model
from casefile.adapters.article_files import SourceArticle
from casefile.adapters.event_recorder import BulkInsertApplicationRecorder
from casefile.application.ingest import ADDED, REVISED, ingest_articles
from casefile.application.tracker import CaseTracker
from casefile.domain.article import article_id_for, article_key, content_hash
from casefile.domain.case import Case
from tests.reliability.conftest import opened
from tests.reliability.corpus import revision_of, sources, store_picture, write_articles


def stored_events(tracker: CaseTracker) -> dict[str, list[str]]:
    """Each aggregate's events in version order: version, type and fields (not the time)."""
    found: dict[str, list[tuple[int, str]]] = {}
    for notification in tracker.recorder.select_notifications(start=1, limit=100_000):
        e = tracker.mapper.to_domain_event(notification)
        fields = {k: v for k, v in vars(e).items() if k not in {"timestamp", "originator_id"}}
        found.setdefault(str(e.originator_id), []).append(
            (e.originator_version, f"{type(e).__qualname__} {json.dumps(fields, default=str)}")
        )
    return {key: [text for _, text in sorted(events)] for key, events in found.items()}


def picture(tracker: CaseTracker) -> dict[str, Any]:
    return {"events": stored_events(tracker), **store_picture(tracker)}


def ingest_one_by_one(url: str, articles: list[SourceArticle]) -> dict[str, Any]:
    """What a batch of one article each stores (outcomes, and the store)."""
    with opened(url) as tracker:
        outcomes = [
            (o.status, o.case_id)
            for _, o in ingest_articles(tracker, list(enumerate(articles)), batch_articles=1)
        ]
        return {"outcomes": outcomes, **picture(tracker)}


@pytest.fixture
def event_inserts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many events each insert of events carried, in order."""
    inserts: list[int] = []
    insert = BulkInsertApplicationRecorder._insert_stored_events

    def counted(self, session, stored_events, **kwargs):  # type: ignore[no-untyped-def]
        inserts.append(len(stored_events))
        return insert(self, session, stored_events, **kwargs)

    monkeypatch.setattr(BulkInsertApplicationRecorder, "_insert_stored_events", counted)
    return inserts


def test_a_batch_is_saved_in_one_save_and_its_index_rows_in_one_insert(
    store_url, tmp_path, tmp_path_factory, event_inserts, row_inserts
):
    articles = sources(write_articles(tmp_path / "a", 6, per_case=1))
    with opened(store_url) as tracker:
        outcomes = [o for _, o in ingest_articles(tracker, list(enumerate(articles)))]
        assert [o.status for o in outcomes] == [ADDED] * 6
        events = sum(len(e) for e in stored_events(tracker).values())
        # Six articles (an article and a case each): one insert of all their events.
        assert event_inserts == [events]
        assert [table for table, _ in row_inserts].count("casefile_reports") == 1
        batched = picture(tracker)
    single = f"sqlite:///{tmp_path_factory.mktemp('single') / 'single.db'}"
    expected = ingest_one_by_one(single, articles)
    assert len(event_inserts) == 1 + 6  # and one article a batch: one insert each
    assert batched == {k: v for k, v in expected.items() if k != "outcomes"}


def test_a_case_opened_and_extended_in_the_same_batch(
    store_url, tmp_path, tmp_path_factory, event_inserts
):
    articles = sources(write_articles(tmp_path / "a", 3, per_case=3))
    with opened(store_url) as tracker:
        outcomes = [o for _, o in ingest_articles(tracker, list(enumerate(articles)))]
        # The second and third found the case the first opened, still unsaved, and joined it.
        assert [o.status for o in outcomes] == [ADDED] * 3
        assert len({o.case_id for o in outcomes}) == 1
        assert len(event_inserts) == 1
        case_events = tracker.case_events(outcomes[0].case_id)
        assert [e.originator_version for e in case_events] == list(range(1, len(case_events) + 1))
        assert sum(type(e).__name__ == "ArticleAttached" for e in case_events) == 3
        batched = {"outcomes": [(o.status, o.case_id) for o in outcomes], **picture(tracker)}
    single = f"sqlite:///{tmp_path_factory.mktemp('single') / 'single.db'}"
    assert batched == ingest_one_by_one(single, articles)


def test_a_revision_of_an_article_stored_earlier_in_the_same_batch(
    store_url, tmp_path, tmp_path_factory, event_inserts
):
    paths = write_articles(tmp_path / "a", 4, per_case=2)
    first, other = sources([paths[0], paths[2]])
    revised = revision_of(paths[0], tmp_path)
    articles = [first, other, revised]
    with opened(store_url) as tracker:
        outcomes = [o for _, o in ingest_articles(tracker, list(enumerate(articles)))]
        assert [o.status for o in outcomes] == [ADDED, ADDED, REVISED]
        assert outcomes[2].case_id == outcomes[0].case_id
        article = tracker.get_article(article_id_for(article_key(first.url, first.text)))
        # Both revisions: the second was made on the article held unsaved.
        assert article.has_revision(content_hash(first.text))
        assert article.has_revision(content_hash(revised.text))
        # The revision reported only what the first text, held unsaved, did not state.
        reports = [
            e
            for e in tracker.case_events(outcomes[0].case_id)
            if isinstance(e, Case.FactReported) and e.revision == content_hash(revised.text)
        ]
        assert 0 < len(reports) < len(outcomes[2].facts)
        # Comparing the revision with the first text read nothing that made the batch save
        # early: still one insert of events.
        assert len(event_inserts) == 1
        batched = {"outcomes": [(o.status, o.case_id) for o in outcomes], **picture(tracker)}
    single = f"sqlite:///{tmp_path_factory.mktemp('single') / 'single.db'}"
    assert batched == ingest_one_by_one(single, articles)


def test_revisions_compared_with_reports_both_stored_and_held_unsaved(
    store_url, tmp_path, tmp_path_factory, event_inserts
):
    # The first text is stored in a batch of its own; the next batch holds another article of
    # its case, a revision adding a charge, then one dropping a charge: the last is compared
    # with reports of the stored text and of the revision held unsaved, and withdraws both.
    paths = write_articles(tmp_path / "a", 2, per_case=2)
    first, same_case = sources(paths)
    added = revision_of(paths[0], tmp_path)
    dropped_path = tmp_path / "dropped.md"
    dropped_path.write_text(
        paths[0]
        .read_text(encoding="utf-8")
        .replace("published: 2024-03-01", "published: 2024-03-03")
        .replace(" and reckless endangerment", ""),
        encoding="utf-8",
    )
    [dropped] = sources([dropped_path])
    with opened(store_url) as tracker:
        stored = [o for _, o in ingest_articles(tracker, [(0, first)])]
        outcomes = [
            o for _, o in ingest_articles(tracker, list(enumerate([same_case, added, dropped])))
        ]
        assert [o.status for o in stored + outcomes] == [ADDED, ADDED, REVISED, REVISED]
        assert len({o.case_id for o in stored + outcomes}) == 1
        assert len(event_inserts) == 2  # one per batch
        case_events = tracker.case_events(stored[0].case_id)
        charges = {
            e.originator_version: e.fields()["charge"]
            for e in case_events
            if isinstance(e, Case.ChargeFiled)
        }
        [withdrawal] = [e for e in case_events if isinstance(e, Case.FactsWithdrawn)]
        withdrawn = sorted(charges[v] for v in withdrawal.fact_versions)
        assert withdrawn == ["reckless endangerment", "robbery"]
        batched = {
            "outcomes": [(o.status, o.case_id) for o in stored + outcomes],
            **picture(tracker),
        }
    single = f"sqlite:///{tmp_path_factory.mktemp('single') / 'single.db'}"
    assert batched == ingest_one_by_one(single, [first, same_case, added, dropped])


def test_a_failing_article_mid_batch_leaves_the_others_as_one_by_one_stores_them(
    store_url, tmp_path, tmp_path_factory, monkeypatch
):
    # Cases of two articles: the failing fourth extends the case the third opened, both
    # held unsaved in the same batch when it fails.
    articles = sources(write_articles(tmp_path / "a", 6, per_case=2))
    fourth = article_id_for(article_key(articles[3].url, articles[3].text))
    record_article = read_model.record_article

    def fail_for_the_fourth(session, row):  # type: ignore[no-untyped-def]
        if row.article_id == fourth:
            raise RuntimeError("disk full")
        record_article(session, row)

    monkeypatch.setattr(read_model, "record_article", fail_for_the_fourth)

    def ingest(url: str, batch: int) -> dict[str, Any]:
        with opened(url) as tracker:
            seen = []
            with pytest.raises(RuntimeError, match="disk full"):
                for _, o in ingest_articles(
                    tracker, list(enumerate(articles)), batch_articles=batch
                ):
                    seen.append((o.status, o.case_id))
            return {"outcomes": seen, **picture(tracker)}

    batched = ingest(store_url, 200)
    assert [status for status, _ in batched["outcomes"]] == [ADDED] * 3
    assert len(batched["events"]) == 3 + 2  # three articles, two cases
    single = f"sqlite:///{tmp_path_factory.mktemp('single') / 'single.db'}"
    assert batched == ingest(single, 1)


def test_a_conflict_when_the_batch_is_saved_stores_it_again_article_by_article(
    store_url, tmp_path, tmp_path_factory, monkeypatch, event_inserts
):
    articles = sources(write_articles(tmp_path / "a", 4, per_case=2))
    save_held, conflicts = CaseTracker.save_held, []

    def conflict_once(self):  # type: ignore[no-untyped-def]
        if self.held is not None and self.held.aggregates and not conflicts:
            conflicts.append(len(self.held.aggregates))
            self.held.aggregates.clear()
            raise IntegrityError("another writer stored this version")
        save_held(self)

    monkeypatch.setattr(CaseTracker, "save_held", conflict_once)
    with opened(store_url) as tracker:
        outcomes = [o for _, o in ingest_articles(tracker, list(enumerate(articles)))]
        assert conflicts == [4 + 2]  # the batch's four articles and two cases
        assert [o.status for o in outcomes] == [ADDED] * 4
        assert len(event_inserts) == 4  # stored again with one save per article
        batched = {"outcomes": [(o.status, o.case_id) for o in outcomes], **picture(tracker)}
    monkeypatch.setattr(CaseTracker, "save_held", save_held)
    single = f"sqlite:///{tmp_path_factory.mktemp('single') / 'single.db'}"
    assert batched == ingest_one_by_one(single, articles)
