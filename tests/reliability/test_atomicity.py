"""Atomicity: an article's events and read-model rows are stored together or not at all,
even when the ingesting process is killed (SIGKILL) in the middle of a folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.adapters import read_model
from casefile.adapters.article_files import read_articles
from casefile.application.ingest import ingest_article
from tests.reliability.conftest import opened
from tests.reliability.corpus import article_presence, store_picture, write_articles

ARTICLES = 40

# Runs the real command, but kills its own process (SIGKILL) inside the Nth article's
# transaction, after its events and rows were sent to the database and before the commit.
_DIE_INSIDE_TRANSACTION = """
import os, signal, sys
from casefile.adapters import read_model
from casefile.cli.main import app

die_at, calls = int(os.environ["DIE_AT"]), []
record_article = read_model.record_article

def record_article_then_die(session, *args):
    record_article(session, *args)
    calls.append(args)
    if len(calls) == die_at:
        session.flush()
        os.kill(os.getpid(), signal.SIGKILL)

read_model.record_article = record_article_then_die
app(sys.argv[1:])
"""


def clean_run_picture(url: str, folder: Path) -> dict:
    with opened(url) as tracker:
        for path in sorted(folder.glob("*.md")):
            [article] = read_articles(path)
            ingest_article(tracker, article)
        return store_picture(tracker)


def assert_each_article_complete_or_absent(url: str, files: list[Path]) -> int:
    with opened(url) as tracker:
        presence = {path.name: article_presence(tracker, path) for path in files}
    partial = {name: state for name, state in presence.items() if state.startswith("partial")}
    assert not partial, f"half-stored articles: {partial}"
    return sum(state == "complete" for state in presence.values())


def test_a_failure_inside_the_transaction_stores_nothing(store_url, tmp_path, monkeypatch):
    [first, second] = write_articles(tmp_path / "articles", 2, per_case=1)
    with opened(store_url) as tracker:
        [article] = read_articles(first)
        ingest_article(tracker, article)
        before = store_picture(tracker)

        def failing(session, *args):  # type: ignore[no-untyped-def]
            raise RuntimeError("disk full")

        monkeypatch.setattr(read_model, "record_article", failing)
        [article] = read_articles(second)
        with pytest.raises(RuntimeError, match="disk full"):
            ingest_article(tracker, article)
        assert store_picture(tracker) == before
        assert article_presence(tracker, second) == "absent"


@pytest.mark.parametrize("batch", ["1", "5", "200"])
def test_killed_inside_a_transaction_the_article_is_absent_and_a_rerun_completes(
    batch, store_url, tmp_path, tmp_path_factory, run_casefile
):
    """Killed inside the 7th article's savepoint: the articles reported stored are stored
    whole (with one article per transaction, the first six), the rest are absent."""
    folder = tmp_path / "articles"
    files = write_articles(folder, ARTICLES)
    killed = subprocess.run(
        [sys.executable, "-c", _DIE_INSIDE_TRANSACTION, "ingest", str(folder)],
        env={
            **os.environ,
            "CASEFILE_DB": store_url,
            "DIE_AT": "7",
            "CASEFILE_INGEST_BATCH": batch,
        },
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    stored = assert_each_article_complete_or_absent(store_url, files)
    assert stored == killed.stdout.count(" added to case ")
    assert stored == 6 if batch == "1" else stored <= 6
    with opened(store_url) as tracker:
        assert article_presence(tracker, files[6]) == "absent"
        assert all(article_presence(tracker, path) == "absent" for path in files[stored:])

    rerun = run_casefile(store_url, "ingest", str(folder))
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.count("already ingested") == stored
    assert assert_each_article_complete_or_absent(store_url, files) == ARTICLES
    with opened(store_url) as tracker:
        resumed = store_picture(tracker)
    clean_url = f"sqlite:///{tmp_path_factory.mktemp('clean') / 'clean.db'}"
    assert resumed == clean_run_picture(clean_url, folder)


@pytest.mark.parametrize("batch", ["1", "4"])
def test_sigkill_in_the_middle_of_a_folder_then_a_rerun_equals_a_clean_run(
    batch, store_url, tmp_path, tmp_path_factory, casefile_command, run_casefile
):
    folder = tmp_path / "articles"
    files = write_articles(folder, ARTICLES)
    process = subprocess.Popen(
        [*casefile_command, "ingest", str(folder)],
        env={**os.environ, "CASEFILE_DB": store_url, "CASEFILE_INGEST_BATCH": batch},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    for _ in range(15):  # kill it while it works on the sixteenth article, wherever it is
        assert process.stdout.readline(), "the ingest ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    stored = assert_each_article_complete_or_absent(store_url, files)
    assert 15 <= stored < ARTICLES

    rerun = run_casefile(store_url, "ingest", str(folder))
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.count("already ingested") == stored
    with opened(store_url) as tracker:
        resumed = store_picture(tracker)
    clean_url = f"sqlite:///{tmp_path_factory.mktemp('clean') / 'clean.db'}"
    assert resumed == clean_run_picture(clean_url, folder)
