"""Encryption at rest: with CASEFILE_CIPHER_KEY set, no name in the store is plain text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casefile.adapters.cipher import new_key
from casefile.cli.main import app
from tests.reliability.conftest import opened
from tests.reliability.corpus import article_presence, store_picture, write_articles

runner = CliRunner()
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# Words of the seed articles that must never be readable in an encrypted store file.
SECRETS = [b"Cajigas", b"cajigas", b"Hartford", b"hartford", b"fox61", b"Daily Voice"]


@pytest.fixture
def key(monkeypatch) -> str:
    value = new_key()
    monkeypatch.setenv("CASEFILE_CIPHER_KEY", value)
    return value


def file_bytes(sqlite_url: str) -> bytes:
    """The store file with its companions (the write-ahead log holds recent writes)."""
    path = Path(sqlite_url.split("///")[1])
    companions = sorted(path.parent.glob(path.name + "-*"))
    assert companions or path.stat().st_size > 0
    return b"".join(p.read_bytes() for p in [path, *companions])


def ingest_seeds(url: str) -> None:
    result = runner.invoke(app, ["--db", url, "ingest", str(SEEDS)])
    assert result.exit_code == 0, result.output


def test_without_a_key_the_names_are_plain_text_in_the_file(sqlite_url):
    """The control: the test below would pass for nothing if the names were never stored."""
    ingest_seeds(sqlite_url)
    data = file_bytes(sqlite_url)
    assert all(secret in data for secret in SECRETS)


def test_with_a_key_the_sqlite_file_holds_no_name_in_plain_text(key, sqlite_url):
    ingest_seeds(sqlite_url)
    data = file_bytes(sqlite_url)
    assert [secret for secret in SECRETS if secret in data] == []
    cases = runner.invoke(app, ["--db", sqlite_url, "cases", "--format", "json"])
    assert cases.exit_code == 0, cases.output
    assert "hartford-cajigas-2021" in cases.output
    show = runner.invoke(app, ["--db", sqlite_url, "show", "hartford-cajigas-2021"])
    assert show.exit_code == 0 and "Jose Cajigas" in show.output


def test_with_a_key_postgres_rows_hold_no_name_in_plain_text(key, postgres_url):
    import psycopg

    ingest_seeds(postgres_url)
    with psycopg.connect(postgres_url) as connection:
        tables = connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
        dumped = b""
        for (table,) in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                dumped += repr(row).encode()
    assert tables and dumped
    assert [secret for secret in SECRETS if secret in dumped] == []


def test_the_grouping_of_articles_works_the_same_encrypted(key, sqlite_url, tmp_path):
    """Sealed read-model columns still answer the lookups grouping makes (equal names)."""
    ingest_seeds(sqlite_url)
    with opened(sqlite_url) as tracker:
        [summary] = tracker.list_cases()
        assert len(summary.articles) == 3
        assert tracker.current_id(summary.case_id) == summary.case_id


@pytest.mark.parametrize("verb", [["cases"], ["show", "hartford-cajigas-2021"]])
def test_a_wrong_key_fails_clearly(key, sqlite_url, monkeypatch, verb):
    ingest_seeds(sqlite_url)
    monkeypatch.setenv("CASEFILE_CIPHER_KEY", new_key())
    result = runner.invoke(app, ["--db", sqlite_url, *verb])
    assert result.exit_code == 1
    [line] = [x for x in result.stderr.splitlines() if x.strip()]
    assert line.startswith("Error: ") and "CASEFILE_CIPHER_KEY" in line
    assert "Cajigas" not in result.output


def test_a_missing_key_on_an_encrypted_store_fails_clearly(key, sqlite_url, monkeypatch):
    ingest_seeds(sqlite_url)
    monkeypatch.delenv("CASEFILE_CIPHER_KEY")
    for verb in (["cases"], ["show", "hartford-cajigas-2021"]):
        result = runner.invoke(app, ["--db", sqlite_url, *verb])
        assert result.exit_code == 1
        assert "CASEFILE_CIPHER_KEY" in result.stderr


@pytest.mark.parametrize(
    ("value", "says"), [("not base64!", "not base64"), ("c2hvcnQ=", "16, 24 or 32 bytes")]
)
def test_a_malformed_key_is_refused_before_anything_is_written(
    value, says, sqlite_url, monkeypatch
):
    monkeypatch.setenv("CASEFILE_CIPHER_KEY", value)
    result = runner.invoke(app, ["--db", sqlite_url, "ingest", str(SEEDS)])
    assert result.exit_code == 1
    assert says in result.stderr
    path = Path(sqlite_url.split("///")[1])
    if path.exists():
        with sqlite3.connect(path) as connection:
            tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master")]
            assert all(
                connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] == 0
                for t in tables
                if not t.startswith("sqlite_") and not t.startswith("ix_")
            )


def test_a_wrong_key_writes_nothing_even_where_nothing_needs_reading(
    key, sqlite_url, monkeypatch, tmp_path
):
    """An article about someone new reads no sealed row: the key is checked on opening."""
    ingest_seeds(sqlite_url)
    with opened(sqlite_url) as tracker:
        before = store_picture(tracker)
    [article] = write_articles(tmp_path / "new", 1)
    monkeypatch.setenv("CASEFILE_CIPHER_KEY", new_key())
    result = runner.invoke(app, ["--db", sqlite_url, "ingest", str(article)])
    assert result.exit_code == 1 and "CASEFILE_CIPHER_KEY" in result.stderr
    monkeypatch.setenv("CASEFILE_CIPHER_KEY", key)
    with opened(sqlite_url) as tracker:
        assert article_presence(tracker, article) == "absent"
        assert store_picture(tracker) == before


def test_a_key_set_for_a_store_written_without_one_fails_clearly(sqlite_url, monkeypatch):
    ingest_seeds(sqlite_url)
    monkeypatch.setenv("CASEFILE_CIPHER_KEY", new_key())
    for verb in (["cases"], ["ingest", str(SEEDS)]):
        result = runner.invoke(app, ["--db", sqlite_url, *verb])
        assert result.exit_code == 1
        assert "written without a key" in result.stderr
