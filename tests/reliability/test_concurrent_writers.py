"""Many writers: several processes ingest overlapping article sets into one store at once.

PostgreSQL: nothing is lost or duplicated, conflicts are retried, and the store ends as a
single writer would leave it. SQLite: a second writer waits for the file lock (and fails
clearly if it waits too long); the file is never corrupted.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import time
from pathlib import Path

from typer.testing import CliRunner

from casefile.adapters.article_files import read_articles
from casefile.application import ingest as ingest_module
from casefile.application.ingest import ADDED, ALREADY, ingest_article
from casefile.cli.main import app
from tests.reliability.conftest import opened
from tests.reliability.corpus import article_presence, store_picture, write_articles

runner = CliRunner()
ARTICLES = 30  # 15 cases of 2 articles; each article is in two of the three writers' sets


def overlapping_sets(files: list[Path]) -> list[list[Path]]:
    first, second, third = files[:10], files[10:20], files[20:]
    # Different orders, so the writers meet on the same articles and cases at different times.
    return [first + second, list(reversed(second + third)), third + first]


def run_writers(casefile_command: list[str], url: str, sets: list[list[Path]]) -> list:
    env = {**os.environ, "CASEFILE_DB": url}
    writers = [
        subprocess.Popen(
            [*casefile_command, "ingest", *map(str, paths)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for paths in sets
    ]
    results = []
    for writer in writers:
        stdout, stderr = writer.communicate(timeout=300)
        results.append((writer.returncode, stdout, stderr))
    return results


def single_writer_picture(url: str, files: list[Path]) -> dict:
    with opened(url) as tracker:
        for path in files:
            [article] = read_articles(path)
            ingest_article(tracker, article)
        return store_picture(tracker)


def test_three_writers_on_postgres_end_as_one_writer_would(
    postgres_url, tmp_path, casefile_command
):
    files = write_articles(tmp_path / "articles", ARTICLES)
    results = run_writers(casefile_command, postgres_url, overlapping_sets(files))
    for returncode, _, stderr in results:
        assert returncode == 0, stderr
        assert "Traceback" not in stderr
    outcomes = "".join(stdout for _, stdout, _ in results)
    # Every article was offered twice: stored once, and "already ingested" the other time.
    assert outcomes.count(" added to case ") == ARTICLES
    assert outcomes.count("already ingested") == ARTICLES
    with opened(postgres_url) as tracker:
        assert all(article_presence(tracker, path) == "complete" for path in files)
        concurrent = store_picture(tracker)
    assert concurrent == single_writer_picture(f"sqlite:///{tmp_path / 'single.db'}", files)


def test_a_writer_that_loses_a_race_retries_and_adds_nothing_twice(
    store_url, tmp_path, monkeypatch
):
    """Writer B reads the store, then writer A stores the same article before B saves:
    B's save conflicts, B retries, and finds the article already ingested."""
    [path] = write_articles(tmp_path / "a", 1)
    [article] = read_articles(path)
    extract = ingest_module.extract_facts
    raced: list[str] = []

    with opened(store_url) as writer_a, opened(store_url) as writer_b:

        def extract_while_a_writes(text, published):  # type: ignore[no-untyped-def]
            if not raced:
                raced.append("A")
                assert ingest_article(writer_a, article).status == ADDED
            return extract(text, published)

        monkeypatch.setattr(ingest_module, "extract_facts", extract_while_a_writes)
        outcome = ingest_article(writer_b, article)
        assert raced == ["A"]
        assert outcome.status == ALREADY
        assert article_presence(writer_b, path) == "complete"
        raced_picture = store_picture(writer_b)
    monkeypatch.setattr(ingest_module, "extract_facts", extract)
    assert raced_picture == single_writer_picture(f"sqlite:///{tmp_path / 'one.db'}", [path])


def test_two_writers_opening_the_same_case_end_with_one_case(store_url, tmp_path, monkeypatch):
    """While B extracts its article, A stores another about the same suspect and opens the
    case: B chooses its case holding the write lock, so it sees A's case and joins it."""
    first, second = write_articles(tmp_path / "a", 2)
    [article_a], [article_b] = read_articles(first), read_articles(second)
    extract = ingest_module.extract_facts
    raced: list[str] = []

    with opened(store_url) as writer_a, opened(store_url) as writer_b:

        def extract_while_a_writes(text, published):  # type: ignore[no-untyped-def]
            if not raced:
                raced.append("A")
                ingest_article(writer_a, article_a)
            return extract(text, published)

        monkeypatch.setattr(ingest_module, "extract_facts", extract_while_a_writes)
        outcome = ingest_article(writer_b, article_b)
        assert outcome.status == ADDED
        [case] = writer_b.list_cases()
        assert case.case_id == outcome.case_id and len(case.articles) == 2
        raced_picture = store_picture(writer_b)
    monkeypatch.setattr(ingest_module, "extract_facts", extract)
    single = single_writer_picture(f"sqlite:///{tmp_path / 'one.db'}", [first, second])
    assert raced_picture == single


def test_two_writers_on_one_sqlite_file_wait_for_each_other(sqlite_url, tmp_path, casefile_command):
    files = write_articles(tmp_path / "articles", 20)
    sets = [files[:14], list(reversed(files[6:]))]
    results = run_writers(casefile_command, sqlite_url, sets)
    for returncode, _, stderr in results:
        assert returncode == 0, stderr
    with sqlite3.connect(sqlite_url.split("///")[1]) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with opened(sqlite_url) as tracker:
        concurrent = store_picture(tracker)
    assert concurrent == single_writer_picture(f"sqlite:///{tmp_path / 'single.db'}", files)


def test_a_blocked_sqlite_writer_waits_its_timeout_once_not_once_per_attempt(sqlite_url, tmp_path):
    """The batch that cannot take the lock is not stored again article by article (which
    waited for the lock a second time: 31 s where 15 are documented)."""
    [path] = write_articles(tmp_path / "a", 1)
    database = sqlite_url.split("///")[1]
    with opened(sqlite_url):
        pass  # the store exists (a read verb no longer makes one)
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the write lock
    try:
        started = time.perf_counter()
        result = runner.invoke(app, ["--db", f"{sqlite_url}?timeout=3", "ingest", str(path)])
        waited = time.perf_counter() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1 and "database is locked" in result.stderr, result.output
    assert 3 <= waited < 5.5, waited


def test_a_writer_kept_waiting_too_long_on_sqlite_fails_clearly_and_writes_nothing(
    sqlite_url, tmp_path
):
    [path] = write_articles(tmp_path / "a", 1)
    database = sqlite_url.split("///")[1]
    with opened(sqlite_url):
        pass  # the store exists (a read verb no longer makes one)
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another writer holds the file
    try:
        result = runner.invoke(app, ["--db", f"{sqlite_url}?timeout=0.2", "ingest", str(path)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and "database is locked" in errors[0], result.output
    with opened(sqlite_url) as tracker:
        assert article_presence(tracker, path) == "absent"
        assert store_picture(tracker)["events"] == {}
