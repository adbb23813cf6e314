"""A batch's read-model and index rows wait in memory and are sent together before its commit
(`casefile/adapters/pending.py`), on a real SQLite file and a real PostgreSQL database: the
batch's own look-ups see them, a failing article takes only its own rows with it (even after
the rows of the articles before it were sent inside its savepoint), and a batch whose rows
cannot be sent is stored again article by article."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casefile.adapters import pending, read_model
from casefile.adapters.article_files import SourceArticle
from casefile.application.ingest import ADDED, REVISED, ingest_article, ingest_articles
from casefile.domain.article import article_id_for, article_key, content_hash
from tests.reliability.conftest import opened
from tests.reliability.corpus import revision_of, sources, store_picture, write_articles


def one_at_a_time_picture(url: str, articles: list[SourceArticle]) -> dict:
    with opened(url) as tracker:
        for article in articles:
            ingest_article(tracker, article)
        return store_picture(tracker)


def test_a_batch_sends_its_rows_together_and_its_own_look_ups_see_them(
    store_url, tmp_path, tmp_path_factory, row_inserts
):
    articles = sources(write_articles(tmp_path / "a", 6, per_case=3))
    with opened(store_url) as tracker:
        outcomes = [
            o for _, o in ingest_articles(tracker, [(n, a) for n, a in enumerate(articles)])
        ]
        # One statement for the six articles' rows, sent before the batch's commit.
        assert ("casefile_case_articles", 6) in row_inserts
        assert [table for table, _ in row_inserts].count("casefile_case_articles") == 1
        assert [o.status for o in outcomes] == [ADDED] * 6
        # Each article found the earlier ones of its suspect, still pending, and joined them.
        assert len({o.case_id for o in outcomes[:3]}) == 1
        assert len({o.case_id for o in outcomes[3:]}) == 1
        assert outcomes[0].case_id != outcomes[3].case_id
        picture = store_picture(tracker)
    single = f"sqlite:///{tmp_path_factory.mktemp('single') / 'single.db'}"
    assert picture == one_at_a_time_picture(single, articles)


def test_a_revision_failing_after_the_batch_rows_were_sent_leaves_the_others_whole(
    store_url, tmp_path, tmp_path_factory, monkeypatch
):
    """The revision reads the case's index, which sends the batch's pending rows inside the
    revision's savepoint; when the revision then fails, the rollback takes those rows out of
    the database, and they must still be committed with the batch."""
    paths = write_articles(tmp_path / "a", 4, per_case=2)
    first, other = sources([paths[0], paths[2]])
    revised = revision_of(paths[0], tmp_path)
    revised_revision = content_hash(revised.text)
    record_article, sent_before_failing = read_model.record_article, []

    def fail_for_the_revision(session, row):  # type: ignore[no-untyped-def]
        if row.revision != revised_revision:
            return record_article(session, row)
        listed = session.connection().scalars(select(read_model.case_articles.c.article_id))
        # It fails in both passes (the batch saved at once, then article by article): the
        # second is the one with savepoints.
        sent_before_failing[:] = listed
        raise RuntimeError("disk full")

    monkeypatch.setattr(read_model, "record_article", fail_for_the_revision)
    with opened(store_url) as tracker:
        seen = []
        with pytest.raises(RuntimeError, match="disk full"):
            for tag, result in ingest_articles(tracker, [(0, first), (1, other), (2, revised)]):
                seen.append((tag, result.status))
        assert seen == [(0, ADDED), (1, ADDED)]
        # The first two articles' rows had been sent when the revision failed...
        assert sorted(sent_before_failing) == sorted(
            article_id_for(article_key(a.url, a.text)) for a in (first, other)
        )
        # ...and are committed all the same, with nothing of the revision.
        picture = store_picture(tracker)
    monkeypatch.setattr(read_model, "record_article", record_article)
    clean = f"sqlite:///{tmp_path_factory.mktemp('clean') / 'clean.db'}"
    assert picture == one_at_a_time_picture(clean, [first, other])
    with opened(store_url) as tracker:  # and the revision goes in once the failure is gone
        [(_, outcome)] = list(ingest_articles(tracker, [(2, revised)]))
        assert outcome.status == REVISED


def test_a_batch_whose_rows_cannot_be_sent_is_stored_again_article_by_article(
    store_url, tmp_path, tmp_path_factory, monkeypatch
):
    articles = sources(write_articles(tmp_path / "a", 5, per_case=2))
    flush, failed = pending.PendingRows.flush, []

    def fail_once(self, connection):  # type: ignore[no-untyped-def]
        if not failed:
            failed.append(sum(len(rows) for rows in self.rows.values()))
            connection.exec_driver_sql("SELECT 1")  # something was sent, then it broke
            raise RuntimeError("connection lost")
        return flush(self, connection)

    monkeypatch.setattr(pending.PendingRows, "flush", fail_once)
    with opened(store_url) as tracker:
        outcomes = [
            o for _, o in ingest_articles(tracker, [(n, a) for n, a in enumerate(articles)])
        ]
        assert failed and failed[0] > 0  # the batch's rows were pending, and failed to go
        assert [o.status for o in outcomes] == [ADDED] * 5
        picture = store_picture(tracker)
    single = f"sqlite:///{tmp_path_factory.mktemp('single') / 'single.db'}"
    assert picture == one_at_a_time_picture(single, articles)
