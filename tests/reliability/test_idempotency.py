"""Idempotent ingestion: the same article text again adds nothing and says so; re-running a
whole folder import leaves the store exactly as it was."""

from __future__ import annotations

import json
import shutil

from typer.testing import CliRunner

from casefile.cli.main import app
from tests.reliability.conftest import opened
from tests.reliability.corpus import article_text, store_picture, write_articles

runner = CliRunner()


def ingest(url: str, *paths: str):
    return runner.invoke(app, ["--db", url, "ingest", *paths])


def picture(url: str) -> dict:
    with opened(url) as tracker:
        return store_picture(tracker)


def test_the_same_file_again_adds_nothing_and_says_already_ingested(store_url, tmp_path):
    [path] = write_articles(tmp_path, 1)
    first = ingest(store_url, str(path))
    assert first.exit_code == 0 and " added to case " in first.stdout
    before = picture(store_url)
    again = ingest(store_url, str(path))
    assert again.exit_code == 0, again.output
    assert "already ingested" in again.stdout and "nothing added" in again.stdout
    assert picture(store_url) == before


def test_the_same_text_under_another_file_name_is_the_same_article(store_url, tmp_path):
    [path] = write_articles(tmp_path / "a", 1)
    copy = tmp_path / "b" / "renamed.md"
    copy.parent.mkdir()
    shutil.copy(path, copy)
    assert ingest(store_url, str(path)).exit_code == 0
    before = picture(store_url)
    again = ingest(store_url, str(copy))
    assert again.exit_code == 0 and "already ingested" in again.stdout
    assert picture(store_url) == before


def test_rerunning_a_folder_import_changes_nothing(store_url, tmp_path):
    folder = tmp_path / "articles"
    files = write_articles(folder, 12)
    assert ingest(store_url, str(folder)).exit_code == 0
    before = picture(store_url)
    assert sum(len(c) for c in before["events"].values()) > 0
    again = ingest(store_url, str(folder))
    assert again.exit_code == 0, again.output
    lines = again.stdout.splitlines()
    assert len(lines) == len(files) and all("already ingested" in line for line in lines)
    assert picture(store_url) == before


def test_a_json_lines_import_run_twice_changes_nothing(sqlite_url, tmp_path):
    bulk = tmp_path / "bulk.jsonl"
    records = []
    for index in range(4):
        url, published, body = article_text(index, per_case=1)
        records.append(json.dumps({"url": url, "published": published, "text": body}))
    bulk.write_text("\n".join(records) + "\n", encoding="utf-8")
    assert ingest(sqlite_url, str(bulk)).exit_code == 0
    before = picture(sqlite_url)
    again = ingest(sqlite_url, str(bulk))
    assert again.exit_code == 0 and again.stdout.count("already ingested") == 4
    assert picture(sqlite_url) == before


def test_a_half_failed_folder_can_be_rerun_safely_once_fixed(sqlite_url, tmp_path):
    folder = tmp_path / "articles"
    write_articles(folder, 4, per_case=1)
    broken = folder / "article-999.md"
    broken.write_text("no front matter and no date\n", encoding="utf-8")
    assert ingest(sqlite_url, str(folder)).exit_code == 1
    url, published, body = article_text(8, per_case=1)
    broken.write_text(f"---\nurl: {url}\npublished: {published}\n---\n{body}\n", encoding="utf-8")
    rerun = ingest(sqlite_url, str(folder))
    assert rerun.exit_code == 0, rerun.output
    assert rerun.stdout.count("already ingested") == 4 and rerun.stdout.count(" added ") == 1
    clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    assert ingest(clean_url, str(folder)).exit_code == 0
    assert picture(sqlite_url) == picture(clean_url)
