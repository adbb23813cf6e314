"""The command line as users run it: typer's runner for each verb, and the installed `casefile`."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casefile.cli.main import app

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
runner = CliRunner()


def invoke(db: str, *args: str):
    return runner.invoke(app, ["--db", db, *args])


@pytest.fixture
def seeded(store_url: str) -> str:
    result = invoke(store_url, "ingest", str(SEEDS))
    assert result.exit_code == 0, result.output
    return store_url


def test_ingest_prints_what_each_article_added(sqlite_url):
    result = invoke(sqlite_url, "ingest", str(SEEDS))
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 3
    assert all(" added to case " in line and " facts (" in line for line in lines)


def test_cases_json_follows_the_contract(seeded):
    [case] = json.loads(invoke(seeded, "cases", "--format", "json").output)
    assert set(case) >= {"case", "articles"}
    assert {"url", "path", "published"} <= set(case["articles"][0])
    assert len(case["articles"]) == 3


def test_show_json_has_every_key_and_sources_on_every_fact(seeded):
    [case] = json.loads(invoke(seeded, "cases", "--format", "json").output)
    state = json.loads(invoke(seeded, "show", case["case"], "--format", "json").output)
    keys = {
        "case",
        "as_of",
        "suspects",
        "arrests",
        "charges",
        "bonds",
        "homicide_links",
        "victims",
        "court",
        "sentences",
        "articles",
    }
    assert keys <= set(state)
    facts = [f for k in keys - {"case", "as_of", "articles"} for f in state[k]]
    assert facts
    for fact in facts:
        assert fact["sources"]
        assert {"article", "outlet", "reported_at", "quote"} <= set(fact["sources"][0])


@pytest.mark.parametrize("verb", ["show", "timeline", "history"])
def test_text_views_name_the_case_and_its_outlets(seeded, verb):
    [case] = json.loads(invoke(seeded, "cases", "--format", "json").output)
    result = invoke(seeded, verb, case["case"])
    assert result.exit_code == 0, result.output
    assert "WFSB" in result.output


def test_diff_lists_what_the_later_reports_added(seeded):
    [case] = json.loads(invoke(seeded, "cases", "--format", "json").output)
    result = invoke(
        seeded,
        "diff",
        case["case"],
        "--from",
        "2021-10-26T09:00-04:00",
        "--to",
        "2021-10-26",
        "--format",
        "json",
    )
    changes = json.loads(result.output)["changes"]
    assert changes
    assert all(change["by"] for change in changes if change["change"] != "withdrawn")
    assert {source["outlet"] for change in changes for source in change["by"]} <= {
        "Daily Voice",
        "WFSB",
    }


def test_history_replays_every_stored_event_in_recorded_order(seeded):
    [case] = json.loads(invoke(seeded, "cases", "--format", "json").output)
    rows = json.loads(invoke(seeded, "history", case["case"], "--format", "json").output)
    assert [row["version"] for row in rows] == list(range(1, len(rows) + 1))
    assert rows[0]["type"] == "Created"
    assert sum(row["type"] == "ArticleAttached" for row in rows) == 3


def test_extract_prints_one_json_line_per_file_and_stores_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    files = sorted(SEEDS.glob("*.md"))
    result = runner.invoke(app, ["extract", "--format", "jsonl", *map(str, files)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["path"] for line in lines] == [str(f) for f in files]
    for line, path in zip(lines, files, strict=True):
        text = path.read_text(encoding="utf-8")
        assert line["events"]
        for event in line["events"]:
            assert text[event["evidence"]["start"] : event["evidence"]["end"]] in text
    assert not list(tmp_path.iterdir()), "extract must not create a store"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "no-such-case"], "no case file at"),  # no store there: none is made
        (["show", "x", "--as-of", "yesterday"], "not an ISO date"),
        (["ingest", "missing-folder"], "no such file or folder"),
        (["--db", "mysql://u@h/db", "cases"], "unsupported database"),
        (["--db", "sqlite:////no/such/dir/x.db", "cases"], "no such folder"),
    ],
)
def test_bad_input_gets_one_clear_line_and_a_non_zero_exit(sqlite_url, args, message):
    result = runner.invoke(app, args if args[0] == "--db" else ["--db", sqlite_url, *args])
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_the_installed_command_runs_the_readme_job(tmp_path, casefile_command):
    [executable] = casefile_command
    env = {**os.environ, "CASEFILE_DB": ""}
    ingest = subprocess.run(
        [executable, "ingest", str(SEEDS)], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert ingest.returncode == 0, ingest.stderr
    assert (tmp_path / "casefile.db").exists(), (
        "the default store is a SQLite file in the current folder"
    )
    cases = subprocess.run(
        [executable, "cases", "--format", "json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    [case] = json.loads(cases.stdout)
    show = subprocess.run(
        [executable, "show", case["case"]], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert show.returncode == 0
    assert "$2,000,000" in show.stdout
