"""Batched ingest (many articles per transaction, a savepoint each) on a real SQLite file and a
real PostgreSQL database: it stores exactly what one article per transaction stores, a bad
article leaves nothing of itself while the others stay, and a case kept in memory between
batches is brought up to date when another writer added to it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile.adapters import read_model
from casefile.adapters.article_files import SourceArticle, read_articles
from casefile.application import ingest as ingest_module
from casefile.application.errors import IngestError
from casefile.application.ingest import ADDED, ALREADY, REVISED, ingest_article, ingest_articles
from casefile.domain.article import article_id_for, article_key
from casefile.domain.case import Case
from tests.reliability.conftest import opened
from tests.reliability.corpus import article_presence, store_picture, write_articles

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import synthetic

ARTICLES = 60  # about 25 cases, revisions among them, several sharing a `case-<year>` id stem


def generated() -> list[SourceArticle]:
    return list(synthetic.articles(ARTICLES, seed=11))


def one_at_a_time_picture(url: str, articles: list[SourceArticle]) -> dict:
    with opened(url) as tracker:
        for article in articles:
            ingest_article(tracker, article)
        return store_picture(tracker)


@pytest.mark.parametrize("batch", [7, 1000])
def test_batches_store_what_one_article_per_transaction_stores(batch, store_url, tmp_path_factory):
    articles = generated()
    statuses = {article.path: ADDED for article in articles}
    for article in articles:
        if article.path.endswith("-rev.md"):
            statuses[article.path] = REVISED
    with opened(store_url) as tracker:
        results = list(
            ingest_articles(
                tracker, [(a.path, a) for a in articles], batch_articles=batch, batch_seconds=60
            )
        )
        assert [tag for tag, _ in results] == [a.path for a in articles]
        assert {tag: outcome.status for tag, outcome in results} == statuses
        batched = store_picture(tracker)
        # The same articles again, in one batch: all already there, nothing added.
        again = list(ingest_articles(tracker, [(a.path, a) for a in articles]))
        assert {outcome.status for _, outcome in again} == {ALREADY}
        assert store_picture(tracker) == batched
    assert any(article.path.endswith("-rev.md") for article in articles)
    single = f"sqlite:///{tmp_path_factory.mktemp('single') / 'single.db'}"
    assert batched == one_at_a_time_picture(single, articles)


def test_an_article_twice_in_one_batch_is_stored_once(store_url, tmp_path):
    [path] = write_articles(tmp_path / "a", 1)
    [article] = read_articles(path)
    with opened(store_url) as tracker:
        results = [o for _, o in ingest_articles(tracker, [(1, article), (2, article)])]
        assert [o.status for o in results] == [ADDED, ALREADY]
        assert results[1].case_id == results[0].case_id
        assert article_presence(tracker, path) == "complete"


def test_an_article_without_a_date_is_refused_and_the_rest_of_its_batch_is_stored(
    store_url, tmp_path
):
    paths = write_articles(tmp_path / "a", 5, per_case=1)
    sources = [read_articles(path)[0] for path in paths]
    undated = SourceArticle(
        path="undated.md", text=sources[2].text + " More.", url=None, outlet=None, title=None
    )
    items = [(p.name, s) for p, s in zip(paths, sources, strict=True)]
    items.insert(2, ("undated.md", undated))
    with opened(store_url) as tracker:
        results = list(ingest_articles(tracker, items))
        assert [tag for tag, _ in results] == [tag for tag, _ in items]
        refused = dict(results)["undated.md"]
        assert isinstance(refused, IngestError) and "no publication date" in str(refused)
        assert all(article_presence(tracker, path) == "complete" for path in paths)


def test_a_failure_mid_batch_keeps_the_articles_before_it_and_nothing_of_the_failed_one(
    store_url, tmp_path, monkeypatch
):
    paths = write_articles(tmp_path / "a", 6)
    sources = [read_articles(path)[0] for path in paths]
    record_article = read_model.record_article
    fourth = article_id_for(article_key(sources[3].url, sources[3].text))

    def fail_on_the_fourth(session, row):  # type: ignore[no-untyped-def]
        # The fourth article fails whenever it is stored: the batch, saved at once first,
        # is stored again article by article, where it fails again, alone.
        if row.article_id == fourth:
            raise RuntimeError("disk full")
        record_article(session, row)

    monkeypatch.setattr(read_model, "record_article", fail_on_the_fourth)
    with opened(store_url) as tracker:
        seen = []
        with pytest.raises(RuntimeError, match="disk full"):
            for tag, outcome in ingest_articles(
                tracker, [(p, s) for p, s in zip(paths, sources, strict=True)]
            ):
                seen.append((tag, outcome.status))
        # The three before it were committed (and reported); the failed one left nothing.
        assert seen == [(path, ADDED) for path in paths[:3]]
        presence = [article_presence(tracker, path) for path in paths]
        assert presence == ["complete"] * 3 + ["absent"] * 3
        picture = store_picture(tracker)
    monkeypatch.setattr(read_model, "record_article", record_article)
    with opened(store_url) as tracker:
        ingest_articles_list = [(p, s) for p, s in zip(paths[:3], sources[:3], strict=True)]
        list(ingest_articles(tracker, ingest_articles_list))
        assert store_picture(tracker) == picture  # nothing more to add for those three


def test_a_case_kept_between_batches_catches_up_with_another_writer(
    store_url, tmp_path, tmp_path_factory
):
    """Writer A keeps the case in memory after its first batch; writer B then adds an article
    to that case. A's next article for the case must append after B's events, not over them."""
    first, second, third = write_articles(tmp_path / "a", 3, per_case=3)
    [a1], [b], [a2] = read_articles(first), read_articles(second), read_articles(third)

    with opened(store_url) as writer_a, opened(store_url) as writer_b:

        def articles_for_a() -> Iterator[tuple[str, SourceArticle]]:
            yield "a1", a1
            # A has committed a1's batch by now (batches of one): B writes to the same case.
            assert ingest_article(writer_b, b).status == ADDED
            yield "a2", a2

        outcomes = dict(ingest_articles(writer_a, articles_for_a(), batch_articles=1))
        assert outcomes["a1"].case_id == outcomes["a2"].case_id
        events = writer_a.case_events(outcomes["a1"].case_id)
        assert [e.originator_version for e in events] == list(range(1, len(events) + 1))
        attached = [e.article_id for e in events if isinstance(e, Case.ArticleAttached)]
        assert len(attached) == 3
        picture = store_picture(writer_a)
    single = f"sqlite:///{tmp_path_factory.mktemp('single') / 'single.db'}"
    assert picture == one_at_a_time_picture(single, [a1, b, a2])


def test_a_case_changed_by_a_merge_between_batches_is_read_again(store_url, tmp_path):
    """A person's merge (which takes no ingest write lock) changes a case the ingest keeps:
    the next article into that case is stored on the merged case as it now stands."""
    from casefile.application.assignment import merge_cases

    paths = write_articles(tmp_path / "a", 4, per_case=2)
    sources = [read_articles(path)[0] for path in paths]
    with opened(store_url) as tracker:

        def items() -> Iterator[tuple[int, SourceArticle]]:
            yield 0, sources[0]
            yield 1, sources[2]
            [one, two] = sorted(c.case_id for c in tracker.list_cases())
            merge_cases(tracker, one, two, "the same shooting")
            yield 2, sources[1]
            yield 3, sources[3]

        outcomes = dict(ingest_articles(tracker, items(), batch_articles=2))
        assert len({outcomes[n].case_id for n in range(4)}) == 2
        for n in range(4):
            assert article_presence(tracker, paths[n]) == "complete"
        for case_id in {outcomes[n].case_id for n in range(4)}:
            events = tracker.case_events(case_id)
            assert [e.originator_version for e in events] == list(range(1, len(events) + 1))


def test_the_notification_ids_a_save_returns_are_the_stored_ones(store_url):
    with opened(store_url) as tracker:
        case = Case.open("ids-case")
        case.retract(1, by="test", reason="one")
        case.retract(1, by="test", reason="two")
        recordings = tracker.save(case)
        stored = tracker.recorder.select_notifications(start=1, limit=10)
        assert [r.notification.id for r in recordings] == [n.id for n in stored]
        assert [n.originator_version for n in stored] == [1, 2, 3]
        assert len({n.id for n in stored}) == 3


def test_extraction_is_skipped_for_articles_already_stored(sqlite_url, tmp_path, monkeypatch):
    paths = write_articles(tmp_path / "a", 4)
    sources = [read_articles(path)[0] for path in paths]
    with opened(sqlite_url) as tracker:
        list(ingest_articles(tracker, [(n, s) for n, s in enumerate(sources)]))
        extracted = []
        extract = ingest_module.extract_facts

        def counting(text, published):  # type: ignore[no-untyped-def]
            extracted.append(text)
            return extract(text, published)

        monkeypatch.setattr(ingest_module, "extract_facts", counting)
        again = [
            o.status for _, o in ingest_articles(tracker, [(n, s) for n, s in enumerate(sources)])
        ]
        assert again == [ALREADY] * 4
        assert extracted == []


@pytest.mark.parametrize("value", ["0", "ten", "-3"])
def test_a_bad_batch_size_is_refused_before_anything_is_stored(value, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from casefile.cli.main import app

    [path] = write_articles(tmp_path / "a", 1)
    database = tmp_path / "store.db"
    monkeypatch.setenv("CASEFILE_INGEST_BATCH", value)
    result = CliRunner().invoke(app, ["--db", f"sqlite:///{database}", "ingest", str(path)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and "CASEFILE_INGEST_BATCH" in errors[0], result.output
    assert not database.exists()


def test_the_command_stores_in_batches_and_reports_every_article(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from casefile.cli.main import app

    paths = write_articles(tmp_path / "a", 9)
    url = f"sqlite:///{tmp_path / 'store.db'}"
    monkeypatch.setenv("CASEFILE_INGEST_BATCH", "4")
    result = CliRunner().invoke(app, ["--db", url, "ingest", str(tmp_path / "a")])
    assert result.exit_code == 0, result.output
    assert result.stdout.count(" added to case ") == 9
    with opened(url) as tracker:
        assert all(article_presence(tracker, path) == "complete" for path in paths)


def test_an_ingest_collects_garbage_less_often_and_restores_the_thresholds(sqlite_url, tmp_path):
    """The collector's thresholds are raised while articles are read and stored (the reader
    runs inside the ingest) and put back once the ingest ends."""
    import gc

    from casefile.application.tracker import _INGEST_GC_THRESHOLDS

    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []

    def reading() -> Iterator[tuple[int, SourceArticle]]:
        for n, article in enumerate(generated()[:5]):
            seen.append(gc.get_threshold())
            yield n, article

    with opened(sqlite_url) as tracker:
        outcomes = [o for _, o in ingest_articles(tracker, reading())]
    assert [o.status for o in outcomes].count(ADDED) >= 4  # (one may be a revision)
    assert set(seen) == {_INGEST_GC_THRESHOLDS} != {before}
    assert gc.get_threshold() == before
